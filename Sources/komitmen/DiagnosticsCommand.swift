import ArgumentParser
import KomitmenApp
import KomitmenRegistry

/// Lists every diagnostic code (`--format markdown` writes docs/diagnostics.md).
struct DiagnosticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnostics",
        abstract: "List every diagnostic code with its severity and meaning (--format markdown for docs).",
        discussion:
            "Menampilkan setiap kode diagnostik beserta tingkat dan artinya (--format markdown untuk dokumentasi).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @OptionGroup var language: LanguageOptions

    func run() {
        let catalog = DiagnosticCatalog(registry: compiledInPlugins)
        print(format == .markdown ? catalog.markdown() : catalog.text(language.lang), terminator: "")
    }
}
