import Foundation
import KomitmenYAML

/// A receipt a signatory kept (a file of the API's answer), read back for `audit verify
/// --receipts`: what it says was stored, and where in the chain.
public struct KeptReceipt: Sendable, Equatable {
    /// The file it was read from, as given.
    public var file: String
    public var receipt: String
    public var sha256: String
    public var version: Int
    /// nil for a receipt handed out before receipts carried it.
    public var audit: ReceiptAudit?

    /// Files larger than any answer of the API are not read.
    static let largestFile = 16 << 20

    /// Every receipt in the `.json` files under `folder` (sub-folders too, never through a link):
    /// a file holds one receipt, a list of them, or a `versions` answer. What cannot be read is a
    /// problem naming the file, so a receipt is never skipped in silence.
    public static func read(folder: String) -> (receipts: [KeptReceipt], problems: [Phrase]) {
        var receipts: [KeptReceipt] = []
        var problems: [Phrase] = []
        var status = stat()
        guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            return (
                [], [StateWords.notAFolderOfReceipts(folder)]
            )
        }
        for path in files(in: folder) {
            let handle = FileHandle(forReadingAtPath: path)
            let data = try? handle?.read(upToCount: largestFile + 1) ?? Data()
            try? handle?.close()
            guard let data, data.count <= largestFile, let json = try? JSONSerialization.jsonObject(with: data) else {
                problems.append(
                    StateWords.unreadableReceipt(path))
                continue
            }
            let objects: [Any] =
                (json as? [String: Any])?["versions"] as? [Any] ?? (json as? [Any]) ?? [json]
            for object in objects {
                if let receipt = KeptReceipt(file: path, object) {
                    receipts.append(receipt)
                } else {
                    problems.append(
                        StateWords.notAReceipt(path))
                }
            }
        }
        return (receipts, problems)
    }

    init?(file: String, _ object: Any) {
        guard let fields = object as? [String: Any], let receipt = fields["receipt"] as? String,
            let sha256 = fields["sha256"] as? String, let version = fields["version"] as? Int
        else { return nil }
        self.file = file
        self.receipt = receipt
        self.sha256 = sha256
        self.version = version
        if let audit = fields["audit"] as? [String: Any], let sequence = audit["sequence"] as? Int,
            let hash = audit["hash"] as? String, let head = audit["head"] as? String
        {
            self.audit = ReceiptAudit(sequence: Int64(sequence), hash: hash, head: head)
        }
    }

    /// The `.json` regular files under `folder`, sorted, links neither followed nor read.
    static func files(in folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = (current as NSString).appendingPathComponent(name)
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG where name.hasSuffix(".json"): found.append(path)
                default: continue
                }
            }
        }
        return found.sorted()
    }
}
