package org.sitrep.lexicon;

/** What happened to people, as casualty-words.tsv tells it: which count a word feeds. */
public enum CasualtyKind { KILLED, WOUNDED, CAPTURED, MISSING }
