import KomitmenText

/// libyaml's problems in each language: libyaml reports them in English, these are the ones
/// 0.2.5 reports most often (an unknown one is shown as libyaml wrote it).
extension YAMLWords {
    static let libyamlProblems: [String: Phrase] = [
        "did not find expected key": Phrase(
            en: "did not find expected key",
            id: "tidak menemukan kunci yang diharapkan"),
        "did not find expected '-' indicator": Phrase(
            en: "did not find expected '-' indicator",
            id: "tidak menemukan tanda '-' yang diharapkan"),
        "did not find expected node content": Phrase(
            en: "did not find expected node content",
            id: "tidak menemukan isi yang diharapkan"),
        "did not find expected ',' or ']'": Phrase(
            en: "did not find expected ',' or ']'",
            id: "tidak menemukan ',' atau ']' yang diharapkan"),
        "did not find expected ',' or '}'": Phrase(
            en: "did not find expected ',' or '}'",
            id: "tidak menemukan ',' atau '}' yang diharapkan"),
        "mapping values are not allowed in this context": Phrase(
            en: "mapping values are not allowed in this context",
            id: "nilai pemetaan (':') tidak boleh di sini"),
        "found character that cannot start any token": Phrase(
            en: "found character that cannot start any token",
            id: "menemukan karakter yang tidak boleh memulai apa pun"),
        "found unexpected end of stream": Phrase(
            en: "found unexpected end of stream",
            id: "berkas berakhir sebelum waktunya"),
        "found undefined tag handle": Phrase(
            en: "found undefined tag handle",
            id: "menemukan penanda tag yang tidak didefinisikan"),
        "found a tab character that violates indentation": Phrase(
            en: "found a tab character that violates indentation",
            id: "menemukan karakter tab yang merusak indentasi"),
        "could not find expected ':'": Phrase(
            en: "could not find expected ':'",
            id: "tidak menemukan ':' yang diharapkan"),
        "found unknown escape character": Phrase(
            en: "found unknown escape character",
            id: "menemukan karakter escape yang tidak dikenal"),
        "found unexpected document indicator": Phrase(
            en: "found unexpected document indicator",
            id: "menemukan penanda dokumen yang tidak terduga"),
        "control characters are not allowed": Phrase(
            en: "control characters are not allowed",
            id: "karakter kontrol tidak diperbolehkan"),
        "found duplicate %YAML directive": Phrase(
            en: "found duplicate %YAML directive",
            id: "menemukan direktif %YAML ganda"),
        "found incompatible YAML document": Phrase(
            en: "found incompatible YAML document",
            id: "menemukan dokumen YAML yang tidak cocok"),
        "block sequence entries are not allowed in this context": Phrase(
            en: "block sequence entries are not allowed in this context",
            id: "butir daftar ('-') tidak boleh di sini"),
        "found character that cannot start any token while scanning": Phrase(
            en: "found character that cannot start any token while scanning",
            id: "menemukan karakter yang tidak boleh memulai apa pun"),
    ]

    static func syntaxError(_ problem: Phrase) -> Phrase {
        Phrase(en: "YAML syntax error: \(problem.en)", id: "kesalahan penulisan YAML: \(problem.id)")
    }

    static func syntaxError(_ problem: Phrase, context: String) -> Phrase {
        Phrase(
            en: "YAML syntax error: \(problem.en) \(context)",
            id: "kesalahan penulisan YAML: \(problem.id) (\(context))")
    }
}
