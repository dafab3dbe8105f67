/// Turns libyaml's English problem strings into plain words in both languages.
enum LibYAMLProblem {
    static func phrase(problem: String, context: String?) -> Phrase {
        let problem = YAMLWords.libyamlProblems[problem] ?? Phrase(verbatim: problem)
        guard let context else { return YAMLWords.syntaxError(problem) }
        return YAMLWords.syntaxError(problem, context: context)
    }

    /// What a non-programmer most likely did wrong, when the problem and the line tell.
    static func hint(problem: String, source: SourceText, at mark: Mark) -> Phrase? {
        let line = source.line(mark.line) ?? ""
        if line.contains("\t") {
            return YAMLWords.indentWithSpaces
        }
        if problem.hasPrefix("mapping values are not allowed") {
            return YAMLWords.quoteAValueWithColon
        }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-'") {
            return YAMLWords.checkTheIndentation
        }
        return nil
    }
}
