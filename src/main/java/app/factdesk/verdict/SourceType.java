package app.factdesk.verdict;

/** What kind of source a piece of evidence is. */
public enum SourceType {
    PRIMARY_DOCUMENT, OFFICIAL_STATEMENT, NEWS_REPORT, EXPERT, DATASET, SOCIAL_MEDIA, OTHER
}
