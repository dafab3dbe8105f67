/// Turns libyaml's English problem strings into plain words in both languages.
enum LibYAMLProblem {
    /// Indonesian renderings of the problems libyaml 0.2.5 reports most often.
    private static let indonesian: [String: String] = [
        "did not find expected key": "tidak menemukan kunci yang diharapkan",
        "did not find expected '-' indicator": "tidak menemukan tanda '-' yang diharapkan",
        "did not find expected node content": "tidak menemukan isi yang diharapkan",
        "did not find expected ',' or ']'": "tidak menemukan ',' atau ']' yang diharapkan",
        "did not find expected ',' or '}'": "tidak menemukan ',' atau '}' yang diharapkan",
        "mapping values are not allowed in this context": "nilai pemetaan (':') tidak boleh di sini",
        "found character that cannot start any token": "menemukan karakter yang tidak boleh memulai apa pun",
        "found unexpected end of stream": "berkas berakhir sebelum waktunya",
        "found undefined tag handle": "menemukan penanda tag yang tidak didefinisikan",
        "found a tab character that violates indentation": "menemukan karakter tab yang merusak indentasi",
        "could not find expected ':'": "tidak menemukan ':' yang diharapkan",
        "found unknown escape character": "menemukan karakter escape yang tidak dikenal",
        "found unexpected document indicator": "menemukan penanda dokumen yang tidak terduga",
        "control characters are not allowed": "karakter kontrol tidak diperbolehkan",
        "found duplicate %YAML directive": "menemukan direktif %YAML ganda",
        "found incompatible YAML document": "menemukan dokumen YAML yang tidak cocok",
        "block sequence entries are not allowed in this context": "butir daftar ('-') tidak boleh di sini",
        "found character that cannot start any token while scanning":
            "menemukan karakter yang tidak boleh memulai apa pun",
    ]

    static func phrase(problem: String, context: String?) -> Phrase {
        let indonesianProblem = indonesian[problem] ?? problem
        guard let context else {
            return Phrase(en: "YAML syntax error: \(problem)", id: "kesalahan penulisan YAML: \(indonesianProblem)")
        }
        return Phrase(
            en: "YAML syntax error: \(problem) \(context)",
            id: "kesalahan penulisan YAML: \(indonesianProblem) (\(context))")
    }

    /// What a non-programmer most likely did wrong, when the problem and the line tell.
    static func hint(problem: String, source: SourceText, at mark: Mark) -> Phrase? {
        let line = source.line(mark.line) ?? ""
        if line.contains("\t") {
            return Phrase(en: "indent with spaces, not tabs", id: "gunakan spasi untuk indentasi, bukan tab")
        }
        if problem.hasPrefix("mapping values are not allowed") {
            return Phrase(
                en: "a value that contains ': ' must be put in quotes, or check the indentation",
                id: "nilai yang memuat ': ' harus diberi tanda kutip, atau periksa indentasi")
        }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-'") {
            return Phrase(
                en: "check that this line is indented like the lines around it",
                id: "periksa apakah baris ini diindentasi sama seperti baris di sekitarnya")
        }
        return nil
    }
}
