import Foundation
import Testing

@testable import KomitmenFiles

/// `AtomicFile.write(to:contents:)`: a file written part by part is the parts joined, and a
/// failure part-way leaves whatever was there, and no temporary file.
@Suite struct AtomicFilePartsTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "komitmen-parts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    @Test func partsJoinedAreTheFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/summary.json"
        let parts: [[UInt8]] = [
            Array("{\"a\": ".utf8), Array(repeating: UInt8(ascii: "7"), count: 200_000), Array("}\n".utf8),
        ]
        try AtomicFile.write(to: path) { part in
            for bytes in parts { try part(bytes) }
        }
        #expect(FileManager.default.contents(atPath: path) == Data(parts.joined()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["summary.json"])
    }

    struct Interrupted: Error {}

    @Test func aFailurePartWayLeavesTheOldFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/summary.json"
        try AtomicFile.write(Array("old\n".utf8), to: path)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: path) { part in
                try part(Array("new, first part\n".utf8))
                throw Interrupted()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["summary.json"])
    }
}
