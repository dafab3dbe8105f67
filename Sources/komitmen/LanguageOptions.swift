import ArgumentParser
import KomitmenText

/// `--lang`, declared once and shared by every command.
struct LanguageOptions: ParsableArguments {
    // The values (en, id) are listed from `Language.allCases` by the parser; the pseudo-language
    // `qps` is not among them (it is not offered to people) but parses, for translators.
    @Option(
        help:
            "The language of messages and labels. (qps: the pseudo-language, every text marked ⟦…⟧, a translators' check.)"
    )
    var lang: Language = .en
}

extension Language: ExpressibleByArgument {}
