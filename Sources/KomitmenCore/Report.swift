import KomitmenYAML

/// One signatory's report for one quarter.
public struct Report: Sendable {
    public var signatory: String
    public var period: Quarter
    public var submitted: CalendarDate
    /// Indicator id → this quarter's value: what was written under `values:`, completed by what the
    /// plugin's sections derive.
    public var values: [String: Double]
    /// Section name → its entries.
    public var sections: [String: [SectionEntry]]
    public var narrative: String?
    public var evidence: [String]
    /// The file it was read from, as shown in diagnostics.
    public var file: String
    /// Its `sum` values still to be compared with earlier quarters' (`Report.implausibleSums`);
    /// emptied once they are.
    var largeSums: [LargeSum] = []

    public init(
        signatory: String, period: Quarter, submitted: CalendarDate, values: [String: Double],
        sections: [String: [SectionEntry]] = [:], narrative: String? = nil, evidence: [String] = [], file: String = ""
    ) {
        self.signatory = signatory
        self.period = period
        self.submitted = submitted
        self.values = values
        self.sections = sections
        self.narrative = narrative
        self.evidence = evidence
        self.file = file
    }
}
