import Crypto
import Foundation

/// Bearer tokens: 256 random bits from the system's CSPRNG, written `kmt_` + base64url (47
/// characters). Only their SHA-256 is stored; the token itself exists once, in the output of
/// `accounts add`.
public enum AccessToken {
    public static let prefix = "kmt_"

    /// A new token (never stored).
    public static func generate() -> String {
        // SymmetricKey draws from the system CSPRNG (getrandom on Linux).
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Array($0) }
        return prefix + base64url(bytes)
    }

    /// What is stored for a token: its SHA-256, 32 bytes.
    public static func hash(_ token: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(token.utf8)))
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Comparison whose time depends on the lengths only, never on where the bytes first differ.
public enum ConstantTime {
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}

/// SHA-256 as lowercase hex, as receipts and the audit chain spell it.
public func sha256Hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    SHA256.hash(data: Array(bytes)).map { String(format: "%02x", $0) }.joined()
}
