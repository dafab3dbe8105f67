import KomitmenYAML

/// Where the secretariat's review of a report stands. A review file holds `approved` or
/// `changes-requested`; `received` is a report without a review (or with one dated later than
/// the summary's as-of date).
public enum ReviewState: String, Sendable, CaseIterable, Codable {
    case received
    case approved
    case changesRequested = "changes-requested"

    /// The states a review file may hold.
    public static let written: [ReviewState] = [.approved, .changesRequested]
}

/// The secretariat's review of one report: `reviews/<YYYY-Qn>/<signatory-id>.yaml`. The signatory
/// and quarter are the file's name and folder (the file does not repeat them).
public struct Review: Sendable, Equatable {
    public var signatory: String
    public var period: Quarter
    public var state: ReviewState
    /// Who reviewed: a person or the secretariat.
    public var by: String
    public var on: CalendarDate
    /// Required when changes are requested; may span lines.
    public var comment: String?
    /// The file it was read from, as shown in diagnostics.
    public var file: String

    public init(
        signatory: String, period: Quarter, state: ReviewState, by: String, on: CalendarDate,
        comment: String? = nil, file: String = ""
    ) {
        self.signatory = signatory
        self.period = period
        self.state = state
        self.by = by
        self.on = on
        self.comment = comment
        self.file = file
    }

    public static let fields = ["state", "by", "on", "comment"]
}
