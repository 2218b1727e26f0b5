package org.sitrep.eval;

import org.sitrep.geo.Distance;
import org.sitrep.geo.Resolved;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores the geoparser on a GeoWebNews-format file: of the gold toponyms that carry coordinates, the
 * share found (character offsets overlap) and resolved within {@link #KM} of the gold point
 * ("accuracy@161 km"), and of those found, the share resolved within it.
 */
public final class GeoScorer {
    /** 100 miles, the field's customary tolerance. */
    public static final double KM = 161;

    public record GoldToponym(String name, int start, int end, double latitude, double longitude) {
    }

    public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {
    }

    public record Result(int gold, int found, int resolved, int systemMentions) {
        public double recall() {
            return gold == 0 ? 0 : (double) resolved / gold;
        }

        public double accuracyOfFound() {
            return found == 0 ? 0 : (double) resolved / found;
        }
    }

    private GeoScorer() {
    }

    public static List<GoldArticle> readGeoWebNews(Path xml) {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
            NodeList arts = doc.getElementsByTagName("article");
            List<GoldArticle> out = new ArrayList<>();
            for (int i = 0; i < arts.getLength(); i++) {
                Element a = (Element) arts.item(i);
                String text = a.getElementsByTagName("text").item(0).getTextContent();
                List<GoldToponym> ts = new ArrayList<>();
                NodeList tops = a.getElementsByTagName("toponym");
                for (int k = 0; k < tops.getLength(); k++) {
                    Element t = (Element) tops.item(k);
                    String lat = child(t, "latitude"), lon = child(t, "longitude");
                    if (lat.isBlank() || lon.isBlank()) {
                        continue;
                    }
                    ts.add(new GoldToponym(child(t, "extractedName"), Integer.parseInt(child(t, "start")),
                            Integer.parseInt(child(t, "end")), Double.parseDouble(lat), Double.parseDouble(lon)));
                }
                out.add(new GoldArticle("gwn-" + a.getAttribute("file"), text, ts));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + xml + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException | org.xml.sax.SAXException | NumberFormatException e) {
            throw new IllegalArgumentException(xml + " is not GeoWebNews XML: " + e.getMessage(), e);
        }
    }

    private static String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }

    public static Result score(List<GoldArticle> articles, Function<String, List<Resolved>> geoparser) {
        int gold = 0, found = 0, resolved = 0, system = 0;
        for (GoldArticle a : articles) {
            List<Resolved> rs = geoparser.apply(a.text());
            system += rs.size();
            for (GoldToponym g : a.toponyms()) {
                gold++;
                for (Resolved r : rs) {
                    if (r.toponym().start() < g.end() && r.toponym().end() > g.start()) {
                        found++;
                        if (Distance.km(r.place().latitude(), r.place().longitude(), g.latitude(), g.longitude()) <= KM) {
                            resolved++;
                        }
                        break;
                    }
                }
            }
        }
        return new Result(gold, found, resolved, system);
    }
}
