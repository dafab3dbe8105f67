import ArgumentParser

/// Tracks a public multi-stakeholder declaration: pledges, quarterly reports and progress.
@main
struct Komitmen: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "komitmen",
        abstract: "Track a multi-stakeholder declaration: who pledged what, who reported, what is moving.",
        discussion: """
            Reads a repository of YAML files (default: ./commitments): declaration.yaml, \
            signatories/<id>.yaml and reports/<YYYY-Qn>/<id>.yaml.
            Membaca repositori berkas YAML: deklarasi, penanda tangan dan laporan triwulanan.
            """,
        version: version,
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, StatusCommand.self, NewReportCommand.self, ReviewCommand.self,
            PluginsCommand.self, DiagnosticsCommand.self, RemindCommand.self, ServeCommand.self, AccountsCommand.self,
            AuditCommand.self,
        ]
    )
}
