import KomitmenRender

/// The served pages' HTML, built as KomitmenRender builds the summary: `HTML` values, whose
/// interpolation escapes every string, so a page can show nothing unescaped. Chosen over a
/// template language to add no dependency and keep the escaping in one audited type.
///
/// This file needs no HTTP (the answers and the page frame are in `PageHTML+Responses`), so the
/// pipeline fuzzer compiles it with the report form's view and renders every fuzzed report's form.
enum PageHTML {
    static func csrfField(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
    }

    /// A message box (`error`, `ok` or `note`).
    static func notice(_ text: String, kind: String) -> HTML {
        let role = kind == "error" ? "alert" : "status"
        return "<p class=\"notice \(kind)\" role=\"\(role)\">\(text)</p>"
    }
}
