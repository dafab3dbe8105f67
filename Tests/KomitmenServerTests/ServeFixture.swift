import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenCore
import KomitmenHTTP
import KomitmenRegistry
import KomitmenState
import KomitmenYAML

/// A copy of the shipped repository and a fresh state folder with three accounts, served in
/// process: `dprd-ntt` (a signatory), `mui-ntt` (another) and the secretariat. Today is
/// 2026-11-20 in the declaration's time zone.
struct ServeFixture {
    let folder: URL
    var root: String { folder.appendingPathComponent("commitments").path }
    var state: String { folder.appendingPathComponent("state").path }
    var signatoryToken = ""
    var otherToken = ""
    var secretariatToken = ""
    var revokedToken = ""
    static let today = CalendarDate("2026-11-20")!

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komitmen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("commitments")
        try FileManager.default.copyItem(at: shipped, to: URL(fileURLWithPath: root))
        let store = try StateStore(folder: state, outside: root)
        let known = ["dprd-ntt", "mui-ntt", "polda-ntt"]
        signatoryToken = try store.addSignatoryAccount("dprd-ntt", known: known, actor: "test").token
        otherToken = try store.addSignatoryAccount("mui-ntt", known: known, actor: "test").token
        secretariatToken = try store.addSecretariatAccount("sekretariat-gugus-tugas", actor: "test").token
        let revoked = try store.addSignatoryAccount("polda-ntt", known: known, actor: "test")
        try store.revokeAccount(String(revoked.account.id), actor: "test")
        revokedToken = revoked.token
    }

    func configuration() -> ServeConfiguration {
        var configuration = ServeConfiguration(root: root, stateFolder: state, registry: compiledInPlugins)
        configuration.today = .fixed(Self.today)
        // 2026-11-20 08:00 WITA.
        configuration.now = { Date(timeIntervalSince1970: 1_795_132_800) }
        configuration.rescanInterval = 0
        configuration.reloadOnHangup = false
        return configuration
    }

    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await withClient(configured: configuration(), body)
    }

    func withClient(
        configured configuration: ServeConfiguration,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let app = try await buildApplication(configuration)
        try await app.test(.router) { client in try await body(client) }
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: (root as NSString).appendingPathComponent(relative), encoding: .utf8)
    }

    func delete() { try? FileManager.default.removeItem(at: folder) }

    /// dprd-ntt's 2026-Q2 report moved to `quarter`, without `submitted:` (or with the line given).
    static func body(
        quarter: String = "2026-Q3", submitted: String? = nil, signatory: String = "dprd-ntt",
        budget: Int = 635_000_000
    ) -> String {
        """
        # filed through the API
        signatory: \(signatory)
        period: \(quarter)
        \(submitted.map { "submitted: \($0)\n" } ?? "")values:
          complaints_received: 16
          complaints_resolved: 9
          budget_allocated_idr: \(budget)
        programs:
          - name: Reses dan penyerapan aspirasi terkait PMI
            status: done
            budget_idr: 25000000
          - name: Kunjungan kerja pengawasan LTSA dan BLK
            status: ongoing
            budget_idr: \(budget - 25_000_000)
        narrative: |
          Laporan lewat API.

        """
    }
}

/// Requests as a client writes them.
extension TestClientProtocol {
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, body: String? = nil,
        type: String? = "application/yaml", headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil, let type { headers[.contentType] = type }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }

    /// `error.code` of an error body.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
}
