import KomitmenText

/// The messages of the repository's layout: files and folders komitmen reads, skips or cannot read.
extension CoreWords {
    static let report = Phrase(en: "report", id: "laporan")

    static let review = Phrase(en: "review", id: "tinjauan")

    static func nameItYAML(_ stem: String) -> Phrase {
        Phrase(
            en: "this file is not read: name it \(stem).yaml",
            id: "berkas ini tidak dibaca: beri nama \(stem).yaml")
    }

    static let fileNotQuarterFolder = Phrase(
        en: "this is a file, not a quarter folder", id: "ini berkas, bukan folder triwulan")

    static func goInAFolder(_ name: String, folder: String, noun: Phrase) -> Phrase {
        Phrase(
            en: "\(name) go in a folder \(folder)/",
            id: "\(noun.id) diletakkan di dalam folder \(folder)/")
    }

    static func notInAQuarterFolder(_ noun: Phrase, name: String) -> Phrase {
        Phrase(
            en: "this \(noun.en) is not read: \(name) go in their quarter's folder",
            id: "\(noun.id) ini tidak dibaca: \(noun.id) diletakkan di folder triwulannya")
    }

    static func moveItToAQuarter(_ name: String) -> Phrase {
        Phrase(
            en: "move it to \(name)/YYYY-Qn/, e.g. \(name)/2026-Q1/",
            id: "pindahkan ke \(name)/TTTT-Qn/, mis. \(name)/2026-Q1/")
    }

    static func holdsQuarterFolders(_ name: String) -> Phrase {
        Phrase(
            en: "\(name)/ holds quarter folders, YYYY-Qn", id: "\(name)/ berisi folder triwulan, TTTT-Qn")
    }

    static let nameNotUTF8 = Phrase(
        en: "this file name is not valid UTF-8; rename it",
        id: "nama berkas ini bukan UTF-8 yang sah; ganti namanya")

    static let nameHasControlCharacter = Phrase(
        en: "this file name holds a control character; rename it",
        id: "nama berkas ini memuat karakter kendali; ganti namanya")

    static func komitmenReads(_ canonical: String) -> Phrase {
        Phrase(
            en: "this is not read: komitmen reads '\(canonical)'",
            id: "ini tidak dibaca: komitmen membaca '\(canonical)'")
    }

    static func moveWhatItHolds(_ canonical: String) -> Phrase {
        Phrase(en: "move what it holds into \(canonical)", id: "pindahkan isinya ke \(canonical)")
    }

    static let symbolicLink = Phrase(
        en: "this is a symbolic link; komitmen does not follow links inside the repository",
        id: "ini tautan simbolik; komitmen tidak mengikuti tautan di dalam repositori")

    static let putTheFileItself = Phrase(
        en: "put the file or folder itself here, not a link to it",
        id: "letakkan berkas atau foldernya sendiri di sini, bukan tautannya")

    static let folderNotFile = Phrase(en: "this is a folder, not a file", id: "ini folder, bukan berkas")

    static let notRegular = Phrase(
        en: "this is not a regular file (a pipe or device)", id: "ini bukan berkas biasa (pipa atau perangkat)")

    static let fileNotFolder = Phrase(en: "this is a file, not a folder", id: "ini berkas, bukan folder")

    static let notRead = Phrase(en: "this file is not read", id: "berkas ini tidak dibaca")

    static let folderNotRead = Phrase(
        en: "this folder is not read: komitmen does not look into folders here",
        id: "folder ini tidak dibaca: komitmen tidak membuka folder di sini")

    static let onlySignatories = Phrase(
        en: "only files named ID.yaml are read in signatories/",
        id: "di signatories/ hanya berkas bernama ID.yaml yang dibaca")

    static let onlyReports = Phrase(
        en: "only files named ID.yaml are read in a quarter folder",
        id: "di folder triwulan hanya berkas bernama ID.yaml yang dibaca")

    static func cannotList(_ reason: String) -> Phrase {
        Phrase(en: "cannot list this folder: \(reason)", id: "isi folder ini tidak dapat dibaca: \(reason)")
    }

    static func cannotRead(_ reason: String) -> Phrase {
        Phrase(en: "cannot read the file: \(reason)", id: "berkas tidak dapat dibaca: \(reason)")
    }

    static let spaceInName = Phrase(
        en: "this file is not read: its name begins or ends with a space",
        id: "berkas ini tidak dibaca: namanya diawali atau diakhiri spasi")

    static func renameIt(_ name: String) -> Phrase {
        Phrase(en: "rename it \(name)", id: "ganti namanya menjadi \(name)")
    }

    static func noSuchFolder(_ root: String) -> Phrase {
        Phrase(en: "no such folder: '\(root)'", id: "folder '\(root)' tidak ada")
    }

    static let giveTheRepositoryFolder = Phrase(
        en: "give the folder that holds declaration.yaml",
        id: "sebutkan folder yang berisi declaration.yaml")

    static let missingDeclaration = Phrase(en: "missing file: the declaration", id: "berkas tidak ada: deklarasi")

    static let everyRepositoryStarts = Phrase(
        en: "every repository starts with declaration.yaml",
        id: "setiap repositori diawali declaration.yaml")

    static func folderNotAQuarter(_ noun: Phrase, folder: String) -> Phrase {
        Phrase(
            en: "\(noun.en) folder '\(folder)' is not a quarter (YYYY-Qn)",
            id: "folder \(noun.id) '\(folder)' bukan triwulan (TTTT-Qn)")
    }

    static func reportTooLarge(_ most: Int) -> Phrase {
        Phrase(
            en: "the report is larger than \(most) bytes",
            id: "laporan lebih besar dari \(most) bita")
    }

    static let reportFileEmpty = Phrase(en: "the report file is empty", id: "berkas laporan kosong")

    static let reviewFileEmpty = Phrase(en: "the review file is empty", id: "berkas tinjauan kosong")

    static let declarationFileEmpty = Phrase(en: "the declaration file is empty", id: "berkas deklarasi kosong")

    static let signatoryFileEmpty = Phrase(en: "the signatory file is empty", id: "berkas penanda tangan kosong")

    static func signatoryIDUsedBy(_ id: String, other: String) -> Phrase {
        Phrase(
            en: "signatory id '\(id)' is also used by \(other)",
            id: "id penanda tangan '\(id)' juga dipakai oleh \(other)")
    }
}
