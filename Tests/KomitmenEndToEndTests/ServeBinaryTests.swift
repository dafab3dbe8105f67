import Foundation
import Testing

/// `komitmen serve` as a program: it serves on the loopback, answers /healthz, and ends cleanly
/// (exit 0) on SIGTERM; a state folder inside ROOT is refused before anything is served.
@Suite struct ServeBinaryTests {
    @Test func servesAndStopsOnSigterm() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-serve-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("commitments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: KomitmenBinary.packageRoot.appendingPathComponent("commitments"), to: root)
        // A port the system just handed out as free; another process may still take it before
        // the server binds it (the suite's own clients use ephemeral ports), so a server that
        // ends before answering is started again on a new one, at most three times.
        var port = 0
        var process = Process()
        var errors = Pipe()
        var answer: String?
        for _ in 0..<3 where answer == nil {
            port = try #require(Self.freePort())
            process = Process()
            process.executableURL = KomitmenBinary.url
            process.arguments = [
                "serve", root.path, "--port", String(port), "--state", folder.appendingPathComponent("state").path,
            ]
            errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where answer == nil && process.isRunning {
                try await Task.sleep(for: .milliseconds(100))
                answer = Self.get(port: port, path: "/healthz")
            }
            // Running but silent for 10 s is a failure to report, not a port to change.
            if process.isRunning { break }
        }
        defer { if process.isRunning { process.terminate() } }
        #expect(answer?.hasPrefix("HTTP/1.1 200") == true)
        #expect(answer?.hasSuffix("\r\n\r\nok") == true)
        let unauthorised = Self.get(port: port, path: "/api/v1/status")
        #expect(unauthorised?.hasPrefix("HTTP/1.1 401") == true)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("serving \(root.path) on http://127.0.0.1:\(port)"))
        #expect(
            log.contains(
                "note: reminders link to http://127.0.0.1:\(port); set --base-url to the address people use"))
    }

    @Test func stateInsideRootIsRefused() throws {
        let result = try KomitmenBinary.run(
            ["serve", "commitments", "--state", "commitments/.state"], in: KomitmenBinary.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("komitmen: error: "))
    }

    @Test(arguments: ["ftp://lapor.example.org", "lapor.example.org", "https://", "https://lapor example.org"])
    func aBaseURLThatIsNotAnHTTPAddressIsAUsageError(_ url: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-serve-base-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KomitmenBinary.run(
            ["serve", "commitments", "--base-url", url, "--state", folder.path], in: KomitmenBinary.packageRoot)
        #expect(result.status == 64, "as every other usage error")
        #expect(
            result.stderr.split(separator: "\n").first.map(String.init)
                == "Error: --base-url must be an http:// or https:// address without spaces, not '\(url)'",
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "refused before anything is opened")
    }

    /// A loopback port no one listens on now, as the system hands one out for port 0.
    static func freePort() -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    /// One GET over a fresh connection (`Connection: close`), the whole answer as text; nil when
    /// nothing listens yet.
    static func get(port: Int, path: String) -> String? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard got > 0 else { break }
            response += buffer[..<got]
        }
        return String(decoding: response, as: UTF8.self)
    }
}
