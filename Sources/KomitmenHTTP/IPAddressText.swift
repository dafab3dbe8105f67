import Foundation

/// IPv4 and IPv6 addresses as text, read and written by the system (`inet_pton`/`inet_ntop`), so
/// `--trusted-proxy ::1` and the peer NIO reports as `::1` compare equal however either was spelt.
public enum IPAddressText {
    public static func isValid(_ text: String) -> Bool { canonical(text) != nil }

    /// The system's spelling of an address; nil for anything that is not one.
    public static func canonical(_ text: String) -> String? {
        guard text.utf8.count <= 45 else { return nil }
        var v4 = in_addr()
        var v6 = in6_addr()
        var out = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        if inet_pton(AF_INET, text, &v4) == 1 {
            return inet_ntop(AF_INET, &v4, &out, socklen_t(out.count)).map { String(cString: $0) }
        }
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return inet_ntop(AF_INET6, &v6, &out, socklen_t(out.count)).map { String(cString: $0) }
        }
        return nil
    }
}
