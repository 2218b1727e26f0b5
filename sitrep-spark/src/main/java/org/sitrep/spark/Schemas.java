package org.sitrep.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet schemas: the event record of the output contract (shared/spec/event-record.md), field for
 * field with its type, and the incident, which adds its corroboration and its reports. Days are dates, the
 * optional figures and coordinates nullable. {@code SchemaTest} holds them to the contract's JSON.
 */
final class Schemas {
    private Schemas() {
    }

    static final StructType SOURCE = new StructType()
            .add("name", DataTypes.StringType).add("kind", DataTypes.StringType).add("country", DataTypes.StringType);

    static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("text", DataTypes.StringType);

    /** The contract's event, in the contract's order. */
    static final StructType EVENT = new StructType(fields(
            "article_id", DataTypes.StringType, "event_id", DataTypes.StringType, "event_date", DataTypes.DateType,
            "time_precision", DataTypes.IntegerType, "status", DataTypes.StringType, "event_type", DataTypes.StringType,
            "sub_event_type", DataTypes.StringType, "actor1", DataTypes.StringType, "assoc_actor_1", DataTypes.StringType,
            "inter1", DataTypes.IntegerType, "actor2", DataTypes.StringType, "assoc_actor_2", DataTypes.StringType,
            "inter2", DataTypes.IntegerType, "interaction", DataTypes.IntegerType, "country", DataTypes.StringType,
            "iso3", DataTypes.StringType, "admin1", DataTypes.StringType, "admin2", DataTypes.StringType,
            "location", DataTypes.StringType, "location_text", DataTypes.StringType, "latitude", DataTypes.DoubleType,
            "longitude", DataTypes.DoubleType, "geo_precision", DataTypes.IntegerType, "geonames_id", DataTypes.LongType,
            "fatalities", DataTypes.IntegerType, "injuries", DataTypes.IntegerType, "captured", DataTypes.IntegerType,
            "source", DataTypes.StringType, "sources", DataTypes.createArrayType(SOURCE),
            "certainty", DataTypes.StringType, "cameo_code", DataTypes.StringType, "confidence", DataTypes.DoubleType,
            "notes", DataTypes.StringType, "evidence", DataTypes.createArrayType(SPAN)));

    /** One report of an incident, as {@code sitrep events show} lists it. */
    static final StructType REPORT = new StructType(fields(
            "report_id", DataTypes.StringType, "article", DataTypes.StringType, "article_id", DataTypes.StringType,
            "source", DataTypes.StringType, "party", DataTypes.BooleanType, "event_date", DataTypes.DateType,
            "fatalities", DataTypes.IntegerType, "injuries", DataTypes.IntegerType, "captured", DataTypes.IntegerType,
            "certainty", DataTypes.StringType, "evidence", DataTypes.createArrayType(SPAN)));

    /** A fused incident: the fused record, how many independent sources, and every report. */
    static final StructType INCIDENT = EVENT.add("corroboration", DataTypes.IntegerType)
            .add("split", DataTypes.BooleanType).add("reports", DataTypes.createArrayType(REPORT));

    /** Columns that are directories in the Parquet output ("year=2019/country=Syria/"). */
    static final String[] PARTITIONS = {"year", "country"};

    private static StructField[] fields(Object... nameType) {
        List<StructField> out = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) {
            out.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
        }
        return out.toArray(new StructField[0]);
    }
}
