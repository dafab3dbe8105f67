import Testing

/// Checks a `validate` run: exit status, each headline (and hint) exactly, and the closing count
/// line, so an extra problem anywhere else in the repository fails the test.
func expectDiagnostics(
    _ result: KomitmenBinary.Result, _ headlines: [String], hints: [String] = [],
    errors: Int, warnings: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
) {
    let output = result.stdout + result.stderr
    #expect(result.status == (errors > 0 ? 1 : 0), "exit status\n\(output)", sourceLocation: sourceLocation)
    for headline in headlines {
        #expect(
            result.lines.contains(headline), "missing: \(headline)\ngot:\n\(output)", sourceLocation: sourceLocation)
    }
    for hint in hints {
        #expect(
            result.lines.contains("hint: " + hint), "missing hint: \(hint)\ngot:\n\(output)",
            sourceLocation: sourceLocation)
    }
    #expect(
        countLine(result) == countLine(errors: errors, warnings: warnings), "got:\n\(output)",
        sourceLocation: sourceLocation)
}

/// "N errors, M warnings" of the closing line (without "in K files"), or nil when there is none.
func countLine(_ result: KomitmenBinary.Result) -> String? {
    guard let last = result.stdout.split(separator: "\n").last, let range = last.range(of: " in ") else { return nil }
    return String(last[..<range.lowerBound])
}

func countLine(errors: Int, warnings: Int) -> String {
    "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
}
