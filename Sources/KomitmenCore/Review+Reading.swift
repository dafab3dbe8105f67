import KomitmenYAML

extension Review {
    /// The review in one review file's bytes (`reviews/<quarter>/<signatory>.yaml`), read by the
    /// loader's rules (`decode`) alone, without the repository around it: nil when the file is not
    /// YAML or a check found an error. The served intake reads the one file a filing may be locked
    /// by, not the whole repository; that a report sits beside it and the dates are the loader's
    /// to judge, so they are taken as they stand.
    public static func read(
        _ bytes: [UInt8], path: String, signatory: String, quarter: Quarter, limits: YAMLLimits = .standard
    ) -> Review? {
        guard let document = try? YAMLDocument.parse(SourceText(path: path, bytes: bytes), limits: limits),
            let root = document.root
        else { return nil }
        var diagnostics: [Diagnostic] = []
        let context = Context(reportExists: true, report: nil, today: nil)
        let review = decode(root, signatory: signatory, quarter: quarter, context: context, diagnostics: &diagnostics)
        return diagnostics.contains { $0.severity == .error } ? nil : review
    }
}
