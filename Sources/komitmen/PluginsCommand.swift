import ArgumentParser
import KomitmenCore
import KomitmenRegistry

/// Lists the compiled-in stakeholder plugins and their indicators.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the compiled-in stakeholder plugins and their indicators (--format markdown for docs).",
        discussion:
            "Menampilkan plugin pemangku kepentingan beserta indikatornya (--format markdown untuk dokumentasi).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    // The values are listed from the enum by the parser: "(values: ...; default: text)".
    @Option(help: "Output format.")
    var format: Format = .text

    @OptionGroup var language: LanguageOptions

    func run() {
        let catalog = PluginCatalog(registry: compiledInPlugins, language: language.lang)
        print(format == .markdown ? catalog.markdown() : catalog.text(), terminator: "")
    }
}
