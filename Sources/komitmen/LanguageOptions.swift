import ArgumentParser
import KomitmenText

/// `--lang`, declared once and shared by every command.
struct LanguageOptions: ParsableArguments {
    // The values (en, id) are listed from `Language.allCases` by the parser.
    @Option(help: "The language of messages and labels.")
    var lang: Language = .en
}

extension Language: ExpressibleByArgument {}
