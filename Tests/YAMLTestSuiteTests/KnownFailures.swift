import Foundation

/// `Fixtures/known-failures.txt`: the suite cases komitmen's YAML layer does not pass, one a
/// line as `ID reason`. Blank lines and lines starting with `#` are ignored.
struct KnownFailures: Sendable {
    /// The reason given for each listed case, by case ID.
    let reasons: [String: String]
    /// Problems with the file itself: duplicate IDs, lines without a reason.
    let problems: [String]

    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/known-failures.txt")

    static let shared = KnownFailures(text: (try? String(contentsOf: fileURL, encoding: .utf8)) ?? "")

    init(text: String) {
        var reasons: [String: String] = [:]
        var problems: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1)
            let id = String(parts[0])
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            if reason.isEmpty { problems.append("line \(number + 1): \(id) has no reason") }
            if reasons[id] != nil { problems.append("line \(number + 1): \(id) is listed twice") }
            reasons[id] = reason
        }
        self.reasons = reasons
        self.problems = problems
    }

    func contains(_ id: String) -> Bool { reasons[id] != nil }
}
