import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// A client that sends its headers a byte at a time cannot hold a connection: it is closed at the
/// header deadline, and others are served meanwhile. Through a real socket on the loopback.
@Suite struct ServeSlowClientTests {
    @Test func slowHeadersAreCutOffWhileOthersAreServed() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var configuration = fixture.configuration()
        configuration.port = 0
        configuration.headerTimeout = .seconds(1)
        let app = try await buildApplication(configuration)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let socket = try LoopbackSocket(port: port)
            defer { socket.close() }
            try socket.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
            // Others are served while it dawdles (each on its own connection, sent whole: the test
            // client's kept-open connection would itself meet the deadline on a loaded machine).
            let other = try LoopbackSocket(port: port)
            defer { other.close() }
            try other.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(other.readAll().hasPrefix("HTTP/1.1 200"))
            let start = ContinuousClock.now
            var closed = false
            while ContinuousClock.now - start < .seconds(5) {
                try? socket.send("X")
                if socket.peerClosed() {
                    closed = true
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(closed, "the server kept a connection whose headers never ended")
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }
}

/// A plain TCP connection to 127.0.0.1, for what an HTTP client library would not do.
final class LoopbackSocket: @unchecked Sendable {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent < 0 { throw POSIXError(.EPIPE) }
    }

    /// The peer closed the connection (a read returns end of file or an error, without waiting).
    func peerClosed() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Everything the peer sends until it closes (blocking).
    func readAll() -> String {
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard got > 0 else { break }
            response += buffer[..<got]
        }
        return String(decoding: response, as: UTF8.self)
    }

    func close() { _ = Foundation.close(descriptor) }
}
