import KomitmenYAML

/// A ready-to-fill report for one signatory and quarter: every pledged indicator left blank, the
/// plugin's sections shown as commented examples, comments in the signatory's language first
/// and the other language after.
public struct ReportTemplate {
    /// Who fills the template in, which decides what its comments say to do with it.
    public enum Audience: Sendable {
        /// `komitmen new-report`: a file in the repository, checked with `komitmen validate`, its
        /// `submitted:` written by the author.
        case commandLine
        /// Handed out by `komitmen serve` (the API's and the report page's download): uploaded on
        /// the report page, its `submitted:` written by the server.
        case served
    }

    public var declaration: Declaration
    public var signatory: Signatory
    public var plugin: StakeholderPlugin?
    public var quarter: Quarter
    /// The languages of the comments: every offered one, the signatory's first; `[.qps]` for the
    /// pseudo-language's check.
    public var languages: [Language]
    public var audience: Audience

    public init(
        declaration: Declaration, signatory: Signatory, plugin: StakeholderPlugin?, quarter: Quarter,
        languages: [Language]? = nil, audience: Audience
    ) {
        self.audience = audience
        self.declaration = declaration
        self.signatory = signatory
        self.plugin = plugin
        self.quarter = quarter
        self.languages =
            languages ?? [signatory.language] + Language.allCases.filter { $0 != signatory.language }
    }

    /// Every language of `languages`; a text the same in two is written once.
    private func comment(_ phrase: Phrase, indent: String = "") -> String {
        var lines: [String] = []
        for language in languages {
            let line = Self.commentText(phrase.text(language))
            if !lines.contains(line) { lines.append(line) }
        }
        return lines.map { "\(indent)# \($0)\n" }.joined()
    }

    /// Text that stays inside a `#` comment: a line break (LF, CR, NEL, LS, PS) would end the
    /// comment and turn the rest of a name into live YAML, so breaks and every other control
    /// character are written as visible escapes (`\n`, `\u{1B}`).
    static func commentText(_ text: String) -> String {
        TerminalText.escape(text)
    }

    /// A key or value as YAML: plain when it is an id (`a-z`, digits, `-`, `_`), which every
    /// validated id is; otherwise double-quoted with escapes, so no text can add a key.
    static func scalar(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 }
            && !CoreSchema.isNull(text) && CoreSchema.resolve(text) == .string(text)
        return plain ? text : YAMLQuoting.doubleQuoted(text)
    }

    public func text() -> String {
        let due = declaration.dueDate(quarter)
        var out = comment(
            CoreWords.quarterlyReportOf(quarter, name: signatory.name))
        out += comment(
            audience == .served ? CoreWords.fillInAndUpload : CoreWords.fillInEveryBlank)
        out += "signatory: \(Self.scalar(signatory.id))\nperiod: \(quarter)\n"
        out += comment(
            audience == .served ? CoreWords.theServerWritesTheDate(due) : CoreWords.theDateYouSubmit(due))
        out += "submitted:\n"
        out += comment(
            CoreWords.thisQuartersNumbers)
        out += "values:\n"
        var seen: Set<String> = []
        for (_, target) in signatory.targets where seen.insert(target.indicator).inserted {
            out += valueLines(target)
        }
        for section in plugin?.sections ?? [] { out += sectionLines(section) }
        out += comment(
            CoreWords.whatWasDone)
        out += "narrative:\n"
        out += comment(
            CoreWords.linksOrDocumentNumbers)
        out += "evidence: []\n"
        return out
    }

    private func valueLines(_ target: IndicatorTarget) -> String {
        let definition = plugin?.indicator(target.indicator)
        let label = definition?.label ?? Phrase(verbatim: target.indicator)
        let aggregation =
            definition?.aggregation == .latest
            ? CoreWords.levelAtTheEnd
            : CoreWords.thisQuarterOnly
        let goal = CoreWords.targetBy(formatNumber(target.target), by: target.by)
        var out = comment(
            label + Phrase(verbatim: " (") + aggregation + Phrase(verbatim: "; ") + goal + Phrase(verbatim: ")"),
            indent: "  ")
        if let section = plugin?.sections.first(where: { $0.derivations.contains { $0.indicator == target.indicator } })
        {
            out += comment(
                CoreWords.orLeaveThisLineOut(section), indent: "  ")
        }
        return out + "  \(Self.scalar(target.indicator)):\n"
    }

    private func sectionLines(_ section: SectionDefinition) -> String {
        var out = comment(
            section.label + Phrase(verbatim: ": ") + section.description
                + CoreWords.removeTheHash)
        out += "# \(Self.commentText(section.name)):\n"
        for (index, field) in section.fields.enumerated() {
            let prefix = index == 0 ? "#   - " : "#     "
            // A field's line has room for one language: the first (the signatory's).
            let language = languages.first ?? signatory.language
            let choices =
                field.kind.allowedChoices.map { allowed in
                    " (" + allowed.map { "\($0.value) = \($0.label.text(language))" }.joined(separator: " | ") + ")"
                } ?? ""
            let optional = field.required ? "" : " [" + CoreWords.optional.text(language) + "]"
            let line =
                "\(field.name):   # \(field.label.text(language)): \(field.description.text(language))\(choices)\(optional)"
            out += prefix + Self.commentText(line) + "\n"
        }
        return out
    }
}
