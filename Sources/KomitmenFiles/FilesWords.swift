import KomitmenText

/// The files module's phrases: why a file or folder was not written.
enum FilesWords {
    static let symbolicLinkNotWritten = Phrase(
        en: "it is a symbolic link; komitmen does not write through links",
        id: "itu tautan simbolik; komitmen tidak menulis melalui tautan")

    static let notARegularFile = Phrase(
        en: "it is not a regular file (a device, pipe or folder)",
        id: "itu bukan berkas biasa (perangkat, pipa atau folder)")

    static func folderIsALink(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) is a symbolic link; komitmen does not write through links inside the repository",
            id: "\(path) adalah tautan simbolik; komitmen tidak menulis melalui tautan di dalam repositori")
    }

    static func folderIsAFile(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) is a file, not a folder; move it away so reports can be written there",
            id: "\(path) adalah berkas, bukan folder; pindahkan agar laporan dapat ditulis di sana")
    }

    static func couldNotMakeTheFolder(_ path: String, reason: String) -> Phrase {
        Phrase(
            en: "could not make the folder \(path): \(reason)", id: "tidak dapat membuat folder \(path): \(reason)")
    }
}
