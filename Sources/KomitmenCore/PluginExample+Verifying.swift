import KomitmenYAML

/// What an example promises, checked against what running it gave, as SwiftLint's
/// `verifyExamples` does: every `↓` marks a diagnostic at exactly its line and column, and no
/// diagnostic stands anywhere else.
extension StakeholderPlugin.ExampleOutcome {
    /// Every way the outcome breaks the example's promise, in words for a test failure; empty
    /// when it keeps it.
    ///
    /// - A valid example has no marker and gives no diagnostic at all.
    /// - An invalid example has at least one marker; each marker has a diagnostic at its
    ///   position; there is no diagnostic at an unmarked position; at least one of them is an
    ///   error; one of the marked errors says every one of the example's words (in its English
    ///   message or hint).
    /// - Every diagnostic has its message (and hint) in Indonesian as well: present, and not the
    ///   English text again.
    public func problems(for example: PluginExample) -> [String] {
        var problems: [String] = []
        if example.isValid {
            if !markers.isEmpty { problems.append("a valid example has no ↓ marker, but it has \(markers.count)") }
            for diagnostic in diagnostics { problems.append("a valid example must pass, but: " + shown(diagnostic)) }
        } else {
            problems += markerProblems(for: example)
        }
        for diagnostic in diagnostics { problems += languageProblems(diagnostic) }
        return problems
    }

    private func markerProblems(for example: PluginExample) -> [String] {
        guard !markers.isEmpty else {
            return [
                "an invalid example marks with ↓ where each of its errors points; it has no marker. Got:\n" + listing
            ]
        }
        var problems: [String] = []
        for marker in Set(markers).sorted() where !diagnostics.contains(where: { $0.mark == marker }) {
            problems.append("no diagnostic at the ↓ marker \(marker)\(sourceLine(marker)); got:\n" + listing)
        }
        for diagnostic in diagnostics where !markers.contains(diagnostic.mark) {
            problems.append(
                "a diagnostic where no ↓ marks one (mark every place an error points): " + shown(diagnostic)
                    + sourceLine(diagnostic.mark))
        }
        let marked = diagnostics.filter { markers.contains($0.mark) && $0.severity == .error }
        if marked.isEmpty {
            problems.append("an invalid example gives an error at a ↓ marker; got:\n" + listing)
        } else if !marked.contains(where: { example.saysEveryWord($0) }) {
            problems.append("no error at a ↓ marker contains \(example.messageContains); got:\n" + listing)
        }
        return problems
    }

    /// A message or hint whose Indonesian is missing or is the English again. Text that is the
    /// same in every language (`Phrase(verbatim:)`: a formula, a name) has no letters to translate
    /// beyond the repository's own words, so only a phrase with a space in it must differ.
    private func languageProblems(_ diagnostic: Diagnostic) -> [String] {
        var problems: [String] = []
        for (what, phrase) in [("message", diagnostic.message), ("hint", diagnostic.hint)] {
            guard let phrase else { continue }
            if phrase.id.isEmpty {
                problems.append("the \(what) has no Indonesian text: " + shown(diagnostic))
            } else if phrase.id == phrase.en && phrase.en.contains(" ") {
                problems.append("the \(what)'s Indonesian text is the English one: " + shown(diagnostic))
            }
        }
        return problems
    }

    private var listing: String {
        diagnostics.isEmpty ? "  (nothing)" : diagnostics.map { "  " + shown($0) }.joined(separator: "\n")
    }

    private func shown(_ diagnostic: Diagnostic) -> String {
        diagnostic.headline() + (diagnostic.hint.map { " (hint: \($0.en))" } ?? "")
    }

    /// The report line at a mark, quoted, so a failure shows which line of the snippet it means.
    private func sourceLine(_ mark: Mark) -> String {
        guard let line = source.line(mark.line) else { return "" }
        return "\n    \(line)\n    " + String(repeating: " ", count: max(0, mark.column - 1)) + "^"
    }
}

extension PluginExample {
    /// Whether a diagnostic's English message or hint contains every one of the example's words.
    func saysEveryWord(_ diagnostic: Diagnostic) -> Bool {
        let text = diagnostic.message.en + " " + (diagnostic.hint?.en ?? "")
        return messageContains.allSatisfy { text.contains($0) }
    }
}
