extension Report {
    /// This report as if every value, section, narrative and evidence link had been left blank:
    /// what `--only-approved` counts for a report not (yet) approved. Its filing is unchanged.
    var leftBlank: Report {
        Report(signatory: signatory, period: period, submitted: submitted, values: [:], file: file)
    }
}
