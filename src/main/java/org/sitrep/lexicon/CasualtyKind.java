package org.sitrep.lexicon;

/**
 * What happened to people, as casualty-words.tsv tells it: which count a word feeds. UNSPLIT is "casualties",
 * killed and wounded together: the people are counted (an event took them) but feed neither figure.
 */
public enum CasualtyKind { KILLED, WOUNDED, CAPTURED, MISSING, UNSPLIT }
