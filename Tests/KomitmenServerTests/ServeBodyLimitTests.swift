import Foundation
import Hummingbird
import KomitmenYAML
import Testing

@testable import KomitmenHTTP

/// A body without a declared length (chunked) is counted as it arrives and refused past the bound.
@Suite struct ServeBodyLimitTests {
    struct Chunks: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        let count: Int
        let size: Int

        struct AsyncIterator: AsyncIteratorProtocol {
            var left: Int
            let size: Int
            mutating func next() async -> ByteBuffer? {
                guard left > 0 else { return nil }
                left -= 1
                return ByteBuffer(repeating: 0x61, count: size)
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(left: count, size: size) }
    }

    func request(_ chunks: Chunks) -> Request {
        Request(
            head: .init(
                method: .put, scheme: "http", authority: "localhost", path: "/api/v1/reports/2026-Q3/dprd-ntt",
                headerFields: [.contentType: "application/yaml"]),
            body: RequestBody(asyncSequence: chunks))
    }

    @Test func chunkedBodyOverTheBoundIsRefused() async throws {
        // 600 chunks of 64 KiB (37.5 MiB) offered: refused after the 17th.
        let large = request(Chunks(count: 600, size: 64 << 10))
        try RequestBodyReader.precheck(large, limit: 1 << 20, accepted: RequestBodyReader.yamlTypes)
        await #expect(throws: APIError.self) { _ = try await RequestBodyReader.read(large, limit: 1 << 20) }
        let small = request(Chunks(count: 16, size: 64 << 10))
        #expect(try await RequestBodyReader.read(small, limit: 1 << 20).count == 1 << 20)
    }

    @Test func unreadableDeclaredLengthIsRefused() {
        let request = Request(
            head: .init(
                method: .put, scheme: "http", authority: "localhost", path: "/",
                headerFields: [.contentType: "application/yaml", .contentLength: "12abc"]),
            body: RequestBody(buffer: ByteBuffer()))
        #expect(throws: APIError.self) {
            try RequestBodyReader.precheck(request, limit: 1 << 20, accepted: RequestBodyReader.yamlTypes)
        }
    }

    @Test(arguments: [
        ("id", Language.id), ("en-US,en;q=0.9", .en), ("fr, id;q=0.5", .id), ("", .en), ("id;q=0, en", .en),
        ("in", .id), ("de", .en),
    ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(APILanguage.preferred(header, default: .en) == expected)
    }
}
