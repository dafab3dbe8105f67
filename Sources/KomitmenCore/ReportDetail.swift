/// How much of each report a load keeps once the report is checked.
public enum ReportDetail: Sendable {
    /// All of it.
    case everything
    /// What summaries read: the header, the values and the sections (no narrative, no evidence).
    case summarized
    /// What a review is checked against: the signatory, the quarter, `submitted` and the file;
    /// and the `sum` values of 10 or more, which later quarters' values are compared with.
    case reviewed
}
