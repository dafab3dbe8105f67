/// The API's paths and the methods each answers, for 405 answers: Hummingbird answers a known
/// path asked with another method as it answers an unknown path (404), while HTTP wants 405 with
/// `Allow` (schemathesis checks it). Keep in step with `APIRoutes.register`; a route test does.
enum RouteMethods {
    /// Path segments (`:` is any one segment) and the `Allow` value (HEAD comes with every GET).
    static let table: [(segments: [String], allow: String)] = [
        (["healthz"], "GET, HEAD"),
        (["api", "v1", "reports", ":", ":"], "GET, HEAD, PUT"),
        (["api", "v1", "reports", ":", ":", "versions"], "GET, HEAD"),
        (["api", "v1", "reports", ":", ":", "versions", ":"], "GET, HEAD"),
        (["api", "v1", "templates", ":", ":"], "GET, HEAD"),
        (["api", "v1", "status"], "GET, HEAD"),
        (["api", "v1", "summary"], "GET, HEAD"),
        (["api", "v1", "audit"], "GET, HEAD"),
        (["api", "v1", "reviews", ":", ":"], "PUT, DELETE"),
    ]

    /// The `Allow` value of the route `path` names, or nil when it names none.
    static func allowed(_ path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard segments.count <= 8 else { return nil }
        return table.first { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { pattern, segment in
                    pattern == ":" ? !segment.isEmpty : pattern == segment
                }
        }?.allow
    }
}
