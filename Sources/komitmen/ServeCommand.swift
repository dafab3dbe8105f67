import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenHTTP
import KomitmenRegistry
import KomitmenState
import KomitmenYAML

/// `komitmen serve`: the served intake (DESIGN.md, "Served intake").
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the filing API: signatories file their reports over HTTP, checked like validate.",
        discussion: "Melayani API pelaporan: penanda tangan menyerahkan laporan lewat HTTP, diperiksa seperti validate."
    )

    @Argument(help: "The repository folder (holds declaration.yaml).")
    var root: String = "commitments"

    @Option(help: "The address to listen on (behind a TLS reverse proxy: keep the loopback).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @OptionGroup var state: StateOptions

    @OptionGroup var language: LanguageOptions

    @Flag(
        help:
            "Commit each accepted filing in ROOT's git repository (author: the signatory; message: the receipt and the audit head)."
    )
    var git = false

    @OptionGroup var quota: QuotaOptions

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "A reverse proxy's address (repeatable): for requests from it, the client is the last address of X-Forwarded-For.",
            valueName: "ADDR"))
    var trustedProxies: [String] = []

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The server's public address: reminders link to <URL>/reports/<quarter>/<signatory> (default: http://HOST:PORT).",
            valueName: "URL"))
    var baseURL: String?

    @Option(help: "At most this many connections at once; more wait to be accepted.")
    var maxConnections: Int = 512

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
        for proxy in trustedProxies where !IPAddressText.isValid(proxy) {
            throw ValidationError("--trusted-proxy takes an IP address such as 127.0.0.1 or ::1, not '\(proxy)'")
        }
        guard (1...65536).contains(maxConnections) else {
            throw ValidationError("--max-connections must be 1 to 65536, not \(maxConnections)")
        }
        if let baseURL, !FormLink.isBaseURL(baseURL) {
            throw ValidationError(CLIWords.invalidBaseURL(baseURL).text(language.lang))
        }
        try quota.validate()
    }

    func run() async throws {
        var configuration = ServeConfiguration(root: root, stateFolder: state.folder, registry: compiledInPlugins)
        configuration.host = host
        configuration.port = port
        configuration.git = git
        configuration.trustedProxies = Set(trustedProxies.compactMap(IPAddressText.canonical))
        configuration.maxConnections = maxConnections
        configuration.baseURL = baseURL
        configuration.signatoryQuota = quota.signatory
        configuration.secretariatQuota = quota.secretariat
        configuration.today = CommandSupport.todaySource
        configuration.pages = Pages()
        do {
            // The operator's log, in English like the server's other log lines.
            let note =
                baseURL != nil
                ? ""
                : "komitmen: note: reminders link to \(configuration.publicAddress); set --base-url to the address people use\n"
            let message = "komitmen: serving \(root) on http://\(host):\(port) (state: \(state.folder))\n" + note
            try await serve(configuration) { FileHandle.standardError.write(Data(message.utf8)) }
        } catch let failure as StateFailure {
            FileHandle.standardError.write(Data("komitmen: error: \(failure.message.text(language.lang))\n".utf8))
            throw ExitCode(2)
        }
    }
}
