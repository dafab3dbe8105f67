#!/usr/bin/env python3
"""Generate a large, valid, realistic komitmen repository for benchmarks.

    python3 scripts/generate-repository.py --signatories 250 --quarters 20 --out /tmp/repo-5k

Writes OUT/declaration.yaml, OUT/signatories/<id>.yaml and OUT/reports/<YYYY-Qn>/<id>.yaml as
DESIGN.md lays them out: the NTT declaration (its 22 regencies/cities plus `ntt` as regions),
N signatories across the six stakeholder kinds (mostly village task forces `desa-<regency>-<n>`,
plus police, religious bodies, NGOs, universities and media), each with 1-3 pledges of its
plugin's indicators, and one report per signatory per quarter for Q quarters from 2025-Q3: most
on time, some late, some missing, later joiners starting later. Plugin sections (`cases`,
`activities`, `assistance`, `publications`, `programs`) agree with the values they derive, and
every date lies inside its report's quarter, so `komitmen validate OUT` reports no errors.

Python 3 standard library only; the same --seed always gives the same files.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys

DUE_DAYS = 15
FIRST_QUARTER = (2025, 3)

REGIONS = [
    ("kab-kupang", "Kabupaten Kupang", "Kupang"),
    ("kab-timor-tengah-selatan", "Kabupaten Timor Tengah Selatan", "Timor Tengah Selatan"),
    ("kab-timor-tengah-utara", "Kabupaten Timor Tengah Utara", "Timor Tengah Utara"),
    ("kab-belu", "Kabupaten Belu", "Belu"),
    ("kab-malaka", "Kabupaten Malaka", "Malaka"),
    ("kab-alor", "Kabupaten Alor", "Alor"),
    ("kab-lembata", "Kabupaten Lembata", "Lembata"),
    ("kab-flores-timur", "Kabupaten Flores Timur", "Flores Timur"),
    ("kab-sikka", "Kabupaten Sikka", "Sikka"),
    ("kab-ende", "Kabupaten Ende", "Ende"),
    ("kab-nagekeo", "Kabupaten Nagekeo", "Nagekeo"),
    ("kab-ngada", "Kabupaten Ngada", "Ngada"),
    ("kab-manggarai-timur", "Kabupaten Manggarai Timur", "Manggarai Timur"),
    ("kab-manggarai", "Kabupaten Manggarai", "Manggarai"),
    ("kab-manggarai-barat", "Kabupaten Manggarai Barat", "Manggarai Barat"),
    ("kab-sumba-timur", "Kabupaten Sumba Timur", "Sumba Timur"),
    ("kab-sumba-tengah", "Kabupaten Sumba Tengah", "Sumba Tengah"),
    ("kab-sumba-barat", "Kabupaten Sumba Barat", "Sumba Barat"),
    ("kab-sumba-barat-daya", "Kabupaten Sumba Barat Daya", "Sumba Barat Daya"),
    ("kab-rote-ndao", "Kabupaten Rote Ndao", "Rote Ndao"),
    ("kab-sabu-raijua", "Kabupaten Sabu Raijua", "Sabu Raijua"),
    ("kota-kupang", "Kota Kupang", "Kota Kupang"),
]

GOALS = ["official-departure", "skills", "protection"]

# DESIGN.md's indicator table: id -> (aggregation, direction).
SUM, LATEST = "sum", "latest"
INDICATORS = {
    "government": {
        "documented_departures": SUM, "ltsa_units_operating": LATEST, "village_task_forces": LATEST,
        "blk_graduates_certified": SUM, "complaints_received": SUM, "complaints_resolved": SUM,
        "repatriations_assisted": SUM, "budget_allocated_idr": LATEST,
    },
    "police": {
        "tppo_reports_received": SUM, "tppo_cases_investigated": SUM, "cases_to_prosecution": SUM,
        "suspects_named": SUM, "victims_rescued": SUM, "departures_prevented": SUM,
    },
    "religious": {
        "awareness_sessions": SUM, "people_reached": SUM, "victims_accompanied": SUM,
        "remains_received": SUM, "shelters_operating": LATEST,
    },
    "ngo": {
        "victims_assisted": SUM, "legal_aid_cases": SUM, "community_trainings": SUM,
        "people_trained": SUM, "complaints_referred": SUM, "reintegration_supported": SUM,
    },
    "university": {
        "research_outputs": SUM, "community_service_programs": SUM, "students_engaged": SUM,
        "policy_briefs": SUM, "curriculum_modules": LATEST,
    },
    "media": {
        "investigative_reports": SUM, "news_reports": SUM, "psa_campaigns": SUM,
        "audience_reach": SUM, "journalists_trained": SUM, "journalist_safety_incidents": LATEST,
    },
}
DECREASING = {"journalist_safety_incidents"}
# Indicators a plugin derives from its section (the section wins; a given value must agree).
DERIVED = {
    "suspects_named", "victims_rescued", "awareness_sessions", "victims_assisted",
    "research_outputs", "community_service_programs", "policy_briefs",
    "investigative_reports", "news_reports", "psa_campaigns",
}

# Pledge templates per kind: (pledge id, goal, text with {place}, indicators).
PLEDGES = {
    "village": [
        ("pendataan-calon-pmi", "official-departure",
         "Mendata setiap calon PMI di desa {place} dan memastikan keberangkatan melalui LTSA",
         ["documented_departures"]),
        ("gugus-tugas-desa", "protection",
         "Membentuk dan menjalankan gugus tugas TPPO desa {place} serta menindaklanjuti pengaduan warga",
         ["village_task_forces", "complaints_received", "complaints_resolved", "repatriations_assisted"]),
        ("anggaran-desa", "protection",
         "Mengalokasikan dana desa {place} untuk sosialisasi migrasi aman dan pencegahan TPPO",
         ["budget_allocated_idr"]),
        ("pelatihan-kerja", "skills",
         "Mengirim calon PMI dari desa {place} mengikuti pelatihan bersertifikat di BLK",
         ["blk_graduates_certified"]),
    ],
    "government": [
        ("official-channels", "official-departure",
         "Memastikan setiap calon PMI dari {place} didata desa dan berangkat melalui LTSA serta jalur resmi",
         ["documented_departures", "ltsa_units_operating"]),
        ("vocational-training", "skills",
         "Melatih dan menyertifikasi calon PMI {place} melalui BLK sebelum keberangkatan",
         ["blk_graduates_certified"]),
        ("protection", "protection",
         "Memperkuat gugus tugas TPPO desa, layanan pengaduan, dan pemulangan PMI asal {place}",
         ["village_task_forces", "complaints_received", "complaints_resolved", "repatriations_assisted",
          "budget_allocated_idr"]),
    ],
    "police": [
        ("prosecute-syndicates", "protection",
         "Menindak tegas sindikat perdagangan orang di wilayah hukum {place} hingga ke pengadilan",
         ["tppo_cases_investigated", "cases_to_prosecution", "suspects_named"]),
        ("rescue-victims", "protection",
         "Menerima setiap laporan TPPO di {place} dan menyelamatkan korban",
         ["tppo_reports_received", "victims_rescued"]),
        ("prevent-departures", "official-departure",
         "Mencegah keberangkatan non-prosedural dari {place} di bandara, pelabuhan, dan perbatasan",
         ["departures_prevented"]),
    ],
    "religious": [
        ("congregation-awareness", "official-departure",
         "Menyosialisasikan migrasi aman dan bahaya TPPO kepada umat di {place}",
         ["awareness_sessions", "people_reached"]),
        ("accompany-victims", "protection",
         "Mendampingi korban TPPO dan keluarga PMI di {place} serta menyediakan rumah singgah",
         ["victims_accompanied", "shelters_operating"]),
        ("dignified-return", "protection",
         "Menerima dan mendampingi pemulangan jenazah PMI asal {place} secara bermartabat",
         ["remains_received"]),
    ],
    "ngo": [
        ("assist-victims", "protection",
         "Memberikan pendampingan hukum dan layanan bagi korban TPPO di {place}",
         ["victims_assisted", "legal_aid_cases"]),
        ("village-trainings", "official-departure",
         "Melatih warga desa di {place} mengenali modus perekrutan ilegal",
         ["community_trainings", "people_trained"]),
        ("refer-and-reintegrate", "protection",
         "Merujuk pengaduan masyarakat {place} dan mendukung reintegrasi penyintas",
         ["complaints_referred", "reintegration_supported"]),
    ],
    "university": [
        ("research-and-policy", "protection",
         "Meneliti pola migrasi dan TPPO di {place} serta menyusun rekomendasi kebijakan",
         ["research_outputs", "policy_briefs"]),
        ("kkn-safe-migration", "official-departure",
         "Menyelenggarakan KKN tematik migrasi aman di desa kantong PMI {place}",
         ["community_service_programs", "students_engaged"]),
        ("curriculum", "skills",
         "Menyusun modul pembekalan keterampilan dan bahasa bagi calon PMI {place}",
         ["curriculum_modules"]),
    ],
    "media": [
        ("expose-trafficking", "protection",
         "Menerbitkan liputan investigasi jaringan perekrutan ilegal di {place}",
         ["investigative_reports", "journalist_safety_incidents"]),
        ("inform-public", "official-departure",
         "Memberitakan dan mengampanyekan jalur resmi bekerja ke luar negeri bagi warga {place}",
         ["news_reports", "psa_campaigns", "audience_reach"]),
        ("train-journalists", "protection",
         "Melatih jurnalis meliput TPPO secara aman dan berperspektif korban",
         ["journalists_trained"]),
    ],
}

# Typical value per quarter (low, high) of each sum indicator, per size of signatory.
RATES = {
    "documented_departures": (2, 12), "blk_graduates_certified": (1, 6), "complaints_received": (0, 4),
    "complaints_resolved": (0, 3), "repatriations_assisted": (0, 2),
    "tppo_reports_received": (1, 5), "tppo_cases_investigated": (1, 4), "cases_to_prosecution": (0, 3),
    "suspects_named": (1, 8), "victims_rescued": (1, 12), "departures_prevented": (5, 40),
    "awareness_sessions": (1, 5), "people_reached": (60, 400), "victims_accompanied": (0, 4),
    "remains_received": (0, 2),
    "victims_assisted": (2, 10), "legal_aid_cases": (0, 4), "community_trainings": (1, 4),
    "people_trained": (30, 150), "complaints_referred": (1, 8), "reintegration_supported": (0, 4),
    "research_outputs": (0, 2), "community_service_programs": (1, 3), "students_engaged": (20, 90),
    "policy_briefs": (0, 1),
    "investigative_reports": (0, 2), "news_reports": (3, 12), "psa_campaigns": (0, 2),
    "audience_reach": (5000, 60000), "journalists_trained": (2, 10),
}

SYLLABLES_START = ["Oe", "Noe", "Fatu", "Nai", "Bele", "Kolo", "Wae", "Lewo", "Nua", "Tana", "Wai", "Lelo",
                   "Kuan", "Bola", "Ile", "Mata", "Watu", "Sumu", "Tuna", "Oin", "Nita", "Lai", "Kefa", "Hau"]
SYLLABLES_END = ["bau", "lolo", "mese", "nunu", "tobo", "leu", "nggela", "rate", "ana", "mbaru", "sina",
                 "lera", "koa", "fefa", "poto", "ledo", "nuri", "moro", "teme", "tue", "laka", "buti"]
DESTINATIONS = ["Malaysia"] * 6 + ["Batam", "Singapura", "Hong Kong", "Kalimantan Utara", "Nunukan"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
PROGRAMS_VILLAGE = [
    "Sosialisasi migrasi aman di dusun", "Pendataan calon PMI berbasis RT", "Posko pengaduan PMI desa",
    "Pelatihan keterampilan bagi keluarga purna-PMI", "Pertemuan rutin gugus tugas TPPO desa",
    "Pendampingan keluarga PMI bermasalah",
]
PROGRAMS_REGENCY = [
    "Pendataan calon PMI berbasis desa", "Sosialisasi migrasi aman di desa kantong PMI",
    "Pelatihan BLK bahasa asing dan perawatan lansia", "Pelatihan BLK las, otomotif, dan tata boga",
    "Layanan pengaduan PMI dan keluarga", "Fasilitasi pemulangan dan pemulasaraan jenazah PMI",
    "Operasional Layanan Terpadu Satu Atap (LTSA)", "Reintegrasi ekonomi purna-PMI",
]
RESEARCH_TITLES = [
    "Pola perekrutan calon PMI nonprosedural di {place}", "Dampak remitansi terhadap keluarga PMI di {place}",
    "Kerentanan perempuan pekerja migran asal {place}", "Peran gugus tugas desa dalam pencegahan TPPO di {place}",
    "Pemetaan kebutuhan keterampilan calon PMI {place}",
]
SERVICE_TITLES = [
    "KKN tematik migrasi aman di {place}", "Pendampingan keluarga purna-PMI di {place}",
    "Penyuluhan bahaya perekrutan daring di {place}", "Pelatihan literasi keuangan keluarga PMI di {place}",
]
BRIEF_TITLES = [
    "Rekomendasi penguatan LTSA bagi calon PMI {place}", "Rekomendasi perda pelindungan PMI di {place}",
    "Rekomendasi layanan pemulangan jenazah PMI yang bermartabat",
]
NEWS_TITLES = [
    "Calon PMI asal {place} digagalkan berangkat di Bandara El Tari", "Gugus tugas desa di {place} aktif mendata calon PMI",
    "Korban TPPO asal {place} dipulangkan dari Nunukan", "Warga {place} diminta waspadai tawaran kerja lewat media sosial",
    "LTSA layani pendaftaran calon PMI asal {place}", "Sidang kasus TPPO jaringan Malaysia digelar di Kupang",
]
INVESTIGATIVE_TITLES = [
    "Jejak perekrut gelap di desa-desa {place}", "Rumah penampungan gelap di pinggiran Kupang",
    "Perekrutan lewat grup media sosial: siapa di balik akun penawar kerja",
]
PSA_TITLES = [
    "Iklan layanan masyarakat: Berangkat resmi, pulang selamat", "Iklan layanan masyarakat: Cek perusahaan penempatan di LTSA",
    "Iklan layanan masyarakat: Jangan serahkan KTP kepada perekrut",
]
OBSTACLES = [
    "Keterbatasan anggaran operasional masih menjadi kendala.",
    "Sebagian warga belum melaporkan keberangkatan anggota keluarganya.",
    "Jarak dan akses ke dusun terpencil masih menjadi hambatan.",
    "Perekrut masih mendatangi warga secara langsung dan lewat media sosial.",
    "Koordinasi dengan LTSA dan kepolisian berjalan baik.",
    "Minat warga mengikuti sosialisasi meningkat dibanding triwulan sebelumnya.",
]

# How narratives name the indicators (in Indonesian, as the signatories write).
LABELS_ID = {
    "documented_departures": "keberangkatan PMI resmi", "ltsa_units_operating": "unit LTSA beroperasi",
    "village_task_forces": "gugus tugas TPPO terbentuk", "blk_graduates_certified": "lulusan BLK bersertifikat",
    "complaints_received": "pengaduan diterima", "complaints_resolved": "pengaduan diselesaikan",
    "repatriations_assisted": "pemulangan PMI difasilitasi", "budget_allocated_idr": "anggaran (Rp)",
    "tppo_reports_received": "laporan TPPO diterima", "tppo_cases_investigated": "perkara disidik",
    "cases_to_prosecution": "perkara dilimpahkan ke kejaksaan", "suspects_named": "tersangka ditetapkan",
    "victims_rescued": "korban diselamatkan", "departures_prevented": "keberangkatan nonprosedural dicegah",
    "awareness_sessions": "kegiatan sosialisasi", "people_reached": "orang terjangkau",
    "victims_accompanied": "korban didampingi", "remains_received": "jenazah PMI diterima",
    "shelters_operating": "rumah aman beroperasi",
    "victims_assisted": "korban didampingi", "legal_aid_cases": "perkara dengan bantuan hukum",
    "community_trainings": "pelatihan desa", "people_trained": "peserta pelatihan",
    "complaints_referred": "pengaduan dirujuk", "reintegration_supported": "penyintas didukung reintegrasi",
    "research_outputs": "luaran penelitian", "community_service_programs": "program pengabdian",
    "students_engaged": "mahasiswa terlibat", "policy_briefs": "rekomendasi kebijakan",
    "curriculum_modules": "modul kurikulum digunakan",
    "investigative_reports": "liputan investigasi", "news_reports": "berita", "psa_campaigns": "iklan layanan masyarakat",
    "audience_reach": "audiens terjangkau", "journalists_trained": "jurnalis dilatih",
    "journalist_safety_incidents": "insiden keamanan jurnalis",
}


# ---------------------------------------------------------------------------------------------
# Quarters and dates

def quarter_add(quarter, n):
    year, number = quarter
    index = year * 4 + (number - 1) + n
    return (index // 4, index % 4 + 1)


def quarter_name(quarter):
    return "%04d-Q%d" % quarter


def quarter_first_day(quarter):
    return datetime.date(quarter[0], (quarter[1] - 1) * 3 + 1, 1)


def quarter_last_day(quarter):
    return quarter_first_day(quarter_add(quarter, 1)) - datetime.timedelta(days=1)


def random_day_in(rng, quarter):
    first, last = quarter_first_day(quarter), quarter_last_day(quarter)
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


# ---------------------------------------------------------------------------------------------
# YAML text

_PLAIN_SAFE = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.()/'&+_:%-]*$")
_NUMBERISH = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_SPECIAL = {"", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
            "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"}


def scalar(text):
    """Text as a YAML scalar: plain when that reads back as the same text, else double-quoted."""
    if (_PLAIN_SAFE.match(text) and text not in _SPECIAL and not _NUMBERISH.match(text)
            and not text.endswith((" ", ":")) and ": " not in text and " #" not in text):
        return text
    return json.dumps(text, ensure_ascii=False)


def block(text, indent="  "):
    """A literal block scalar (`|`) of wrapped lines."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 96:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return "|\n" + "".join(indent + l + "\n" for l in lines)


# ---------------------------------------------------------------------------------------------
# Signatories

class Signatory:
    def __init__(self, id, kind, size, name, region, place, represented_by):
        self.id, self.kind, self.size, self.name = id, kind, size, name
        self.region, self.place, self.represented_by = region, place, represented_by
        self.joined = None          # first quarter, when later than the declaration's
        self.pledges = []           # (pledge id, goal, text, [(indicator, target dict)])
        self.indicators = {}        # indicator -> {"aggregation", "baseline", "target", "rate"}
        self.prefix = ""            # NGO case-code prefix / police ref suffix
        self.serial = 0             # running number for case codes and police reports


def village_name(rng, used):
    while True:
        name = rng.choice(SYLLABLES_START) + rng.choice(SYLLABLES_END)
        if rng.random() < 0.25:
            name += " " + rng.choice(["Satu", "Dua", "Tiga", "Baru", "Timur", "Barat", "Utara", "Selatan"])
        if name not in used:
            used.add(name)
            return name


def slug_of(region_id):
    return region_id[len("kab-"):] if region_id.startswith("kab-") else region_id


def allocate(n, rng):
    """How many signatories of each kind: mostly village governments, at least one of each kind."""
    weights = [("government", 0.80), ("police", 0.06), ("religious", 0.06), ("ngo", 0.04),
               ("university", 0.02), ("media", 0.02)]
    counts = {kind: int(n * w) for kind, w in weights}
    if n >= len(weights):
        for kind, _ in weights:
            counts[kind] = max(counts[kind], 1)
    while sum(counts.values()) > n:
        counts["government"] -= 1
    remainders = sorted(weights, key=lambda kw: -(n * kw[1] - int(n * kw[1])))
    i = 0
    while sum(counts.values()) < n:
        counts[remainders[i % len(remainders)][0]] += 1
        i += 1
    return counts


def make_signatories(n, rng):
    counts = allocate(n, rng)
    per_region = {}

    def next_number(prefix, region_id):
        key = (prefix, region_id)
        per_region[key] = per_region.get(key, 0) + 1
        return per_region[key]

    regions = REGIONS
    people = []
    used_villages = set()

    # Governments: the province and the 22 regencies/cities first (when there is room), then villages.
    gov = counts["government"]
    top = min(len(regions) + 1, max(1, gov // 12))
    for i in range(gov):
        if i == 0:
            s = Signatory("pemprov-ntt", "government", "province", "Pemerintah Provinsi Nusa Tenggara Timur",
                          "ntt", "NTT", "Gubernur NTT")
        elif i < top:
            rid, rname, short = regions[i - 1]
            if rid == "kota-kupang":
                s = Signatory("pemkot-kupang", "government", "regency", "Pemerintah Kota Kupang", rid, "Kota Kupang",
                              "Wali Kota Kupang")
            else:
                s = Signatory("pemkab-" + slug_of(rid), "government", "regency", "Pemerintah " + rname, rid, short,
                              "Bupati " + short)
        else:
            rid, rname, short = rng.choice(regions)
            village = village_name(rng, used_villages)
            number = next_number("desa", rid)
            kel = rid == "kota-kupang"
            s = Signatory("desa-%s-%d" % (slug_of(rid), number), "government", "village",
                          "Gugus Tugas TPPO %s %s, %s" % ("Kelurahan" if kel else "Desa", village, rname),
                          rid, village, ("Lurah " if kel else "Kepala Desa ") + village)
        people.append(s)

    for i in range(counts["police"]):
        if i == 0:
            s = Signatory("polda-ntt", "police", "province", "Kepolisian Daerah Nusa Tenggara Timur", "ntt", "NTT",
                          "Kapolda NTT")
            s.prefix = "POLDA NTT"
        elif i <= len(regions):
            rid, rname, short = regions[i - 1]
            tag = "polresta" if rid == "kota-kupang" else "polres"
            s = Signatory("%s-%s" % (tag, slug_of(rid)), "police", "regency",
                          ("Kepolisian Resor Kota Kupang" if tag == "polresta" else "Kepolisian Resor " + short),
                          rid, short, ("Kapolresta Kupang" if tag == "polresta" else "Kapolres " + short))
            s.prefix = "POLRES " + short.upper()
        else:
            rid, rname, short = rng.choice(regions)
            sector = village_name(rng, used_villages)
            s = Signatory("polsek-%s-%d" % (slug_of(rid), next_number("polsek", rid)), "police", "village",
                          "Kepolisian Sektor %s, %s" % (sector, rname), rid, sector, "Kapolsek " + sector)
            s.prefix = "POLSEK " + sector.upper()
        people.append(s)

    for i in range(counts["religious"]):
        rid, rname, short = rng.choice(regions)
        place = village_name(rng, used_villages)
        body = rng.choice(["jemaat", "jemaat", "paroki", "masjid"])
        number = next_number(body, rid)
        name = {"jemaat": "Jemaat GMIT %s, %s" % (place, rname),
                "paroki": "Paroki Santo Yosef %s, %s" % (place, rname),
                "masjid": "Takmir Masjid Al-Ikhlas %s, %s" % (place, rname)}[body]
        leader = {"jemaat": "Ketua Majelis Jemaat", "paroki": "Pastor Paroki", "masjid": "Ketua Takmir"}[body]
        people.append(Signatory("%s-%s-%d" % (body, slug_of(rid), number), "religious",
                                "village", name, rid, place, leader))

    for i in range(counts["ngo"]):
        rid, rname, short = rng.choice(regions)
        kind_name = rng.choice(["Lembaga Bantuan Hukum", "Yayasan Peduli Migran", "Perkumpulan Perempuan",
                                "Pusat Pendampingan Korban"])
        s = Signatory("lsm-%s-%d" % (slug_of(rid), next_number("lsm", rid)), "ngo", "regency",
                      "%s %s" % (kind_name, short), rid, short, "Direktur")
        s.prefix = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(3))
        people.append(s)

    for i in range(counts["university"]):
        rid, rname, short = rng.choice(regions)
        kind_name = rng.choice(["Universitas", "Politeknik", "Sekolah Tinggi Ilmu Kesehatan", "Institut Keguruan"])
        people.append(Signatory("kampus-%s-%d" % (slug_of(rid), next_number("kampus", rid)), "university",
                                "regency", "%s %s" % (kind_name, short), rid, short, "Rektor"))

    for i in range(counts["media"]):
        rid, rname, short = rng.choice(regions)
        outlet = rng.choice(["radio", "media", "tv"])
        name = {"radio": "Radio Komunitas Suara %s", "media": "Media Daring Warta %s",
                "tv": "Televisi Lokal %s"}[outlet] % short
        people.append(Signatory("%s-%s-%d" % (outlet, slug_of(rid), next_number(outlet, rid)), "media",
                                "regency", name, rid, short, "Pemimpin Redaksi"))
    return people


def scale_of(s):
    return {"province": 12.0, "regency": 3.0, "village": 1.0}[s.size]


def make_pledges(s, rng, quarters, wide=False):
    """Pledges from the kind's templates; `wide` (the small shape) pledges three or four indicators
    from up to three templates, so a report gives every pledged value (a blank one is a warning)."""
    templates = PLEDGES["village" if (s.kind == "government" and s.size == "village") else s.kind]
    if wide:
        count = min(3, len(templates))
    else:
        count = rng.choice([1, 2, 2, 3]) if len(templates) >= 3 else rng.randint(1, len(templates))
    chosen = sorted(rng.sample(range(len(templates)), min(count, len(templates))))
    first = s.joined or FIRST_QUARTER
    last = quarter_add(FIRST_QUARTER, quarters - 1)
    budget = rng.choice([3, 4]) if wide else None
    for index in chosen:
        pid, goal, text, indicators = templates[index]
        picked = [i for i in indicators if wide or rng.random() < 0.6] or [rng.choice(indicators)]
        if budget is not None:
            picked = [i for i in picked if i not in s.indicators][:budget - len(s.indicators)]
            if not picked:
                continue
        entries = []
        for indicator in picked:
            aggregation = INDICATORS[s.kind][indicator]
            span = rng.randint(4, 10)                      # quarters from the first to the deadline
            by = quarter_add(first, span - 1)
            if by > last and rng.random() < 0.5:
                by = max(first, last)
            span = (by[0] * 4 + by[1]) - (first[0] * 4 + first[1]) + 1
            info = {"aggregation": aggregation, "baseline": None}
            if aggregation == SUM:
                low, high = RATES[indicator]
                rate = rng.uniform(low, high) * scale_of(s)
                info["rate"] = rate
                target = max(1, int(round(rate * span * rng.uniform(0.8, 1.3))))
            elif indicator == "journalist_safety_incidents":
                info["baseline"] = rng.randint(2, 6)
                target = 0
            elif indicator == "budget_allocated_idr":
                unit = 5_000_000 if s.size == "village" else 25_000_000
                info["baseline"] = unit * rng.randint(0, 4 if s.size == "village" else 16)
                target = info["baseline"] + unit * rng.randint(2, 12)
            elif indicator == "village_task_forces":
                if s.size == "village":
                    info["baseline"], target = 0, 1
                else:
                    info["baseline"] = rng.randint(5, 60) * (8 if s.size == "province" else 1)
                    target = info["baseline"] + rng.randint(20, 150) * (8 if s.size == "province" else 1)
            else:  # ltsa_units_operating, shelters_operating, curriculum_modules
                info["baseline"] = rng.randint(0, 2) * (4 if s.size == "province" else 1)
                target = info["baseline"] + rng.randint(1, 3)
            info["target"] = target
            info["span"] = span
            s.indicators[indicator] = info
            entry = {"indicator": indicator}
            if info["baseline"] is not None:
                entry["baseline"] = info["baseline"]
            entry["target"] = target
            entry["by"] = quarter_name(by)
            if rng.random() < 0.05 and span > 2:
                entry["from"] = quarter_name(quarter_add(first, 1))
            entries.append(entry)
        s.pledges.append((pid, goal, text.format(place=s.place), entries))


def signatory_yaml(s, seed):
    out = ["# Generated by scripts/generate-repository.py (seed %d): not a real signatory.\n" % seed,
           "id: %s\n" % s.id,
           "name: %s\n" % scalar(s.name),
           "stakeholder: %s\n" % s.kind,
           "region: %s\n" % s.region,
           "represented_by: %s\n" % scalar(s.represented_by)]
    if s.joined:
        out.append("joined: %s\n" % quarter_name(s.joined))
    out.append("pledges:\n")
    for pid, goal, text, entries in s.pledges:
        out.append("  - id: %s\n    text: %s\n    goal: %s\n    indicators:\n" % (pid, scalar(text), goal))
        for entry in entries:
            out.append("      - indicator: %s\n" % entry["indicator"])
            if "baseline" in entry:
                out.append("        baseline: %d\n" % entry["baseline"])
            out.append("        target: %d\n        by: %s\n" % (entry["target"], entry["by"]))
            if "from" in entry:
                out.append("        from: %s\n" % entry["from"])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Reports

def latest_value(info, step, rng, indicator):
    """A stock indicator's value `step` quarters in: from the baseline towards the target."""
    baseline, target, span = info["baseline"] or 0, info["target"], max(1, info["span"])
    pace = info.setdefault("pace", rng.uniform(0.5, 1.3))
    fraction = min(1.0, (step + 1) / span * pace)
    value = baseline + (target - baseline) * fraction
    if indicator == "budget_allocated_idr":
        return int(round(value / 5_000_000)) * 5_000_000
    if indicator == "village_task_forces" and target == 1:
        return 1 if fraction >= 0.5 else 0
    return max(0, int(round(value + rng.uniform(-0.4, 0.4))))


def flow_value(info, rng):
    return max(0, int(round(info["rate"] * rng.uniform(0.4, 1.6))))


def police_section(s, quarter, rng, values):
    n = values.get("tppo_reports_received")
    if n is None:
        n = max(0, int(round(rng.uniform(0, 3) * scale_of(s) ** 0.8)))
    cases = []
    days = sorted(random_day_in(rng, quarter) for _ in range(n))
    for day in days:
        s.serial += rng.randint(3, 18)
        ref = "LP/B/%d/%s/%d/SPKT/%s" % (s.serial, ROMAN[day.month - 1], day.year, s.prefix)
        case = {"ref": ref, "stage": rng.choice(["report", "investigation", "investigation", "prosecution", "verdict"]),
                "suspects": rng.randint(1, 4), "victims": rng.randint(1, 9)}
        if rng.random() < 0.85:
            case["destination"] = rng.choice(DESTINATIONS)
        cases.append(case)
    return cases


def religious_section(s, quarter, rng, values):
    activities = []
    sessions = rng.randint(1, 6)
    for _ in range(sessions):
        activities.append({"kind": "session", "people": rng.randint(25, 160)})
    for _ in range(rng.randint(0, 3)):
        activities.append({"kind": "accompaniment", "people": rng.randint(1, 4)})
    for _ in range(rng.randint(0, 1) if rng.random() < 0.4 else 0):
        activities.append({"kind": "remains", "people": 1})
    for activity in activities:
        activity["date"] = random_day_in(rng, quarter)
    activities.sort(key=lambda a: a["date"])
    return activities


def ngo_section(s, quarter, rng, values):
    entries = []
    for _ in range(max(1, flow_value(s.indicators.get("victims_assisted", {"rate": 5}), rng))):
        s.serial += 1
        services = sorted(rng.sample(["legal", "shelter", "health", "reintegration"], rng.randint(1, 3)),
                          key=["legal", "shelter", "health", "reintegration"].index)
        entries.append({"ref": "%s-%d-%03d" % (s.prefix, quarter[0], s.serial), "services": services})
    return entries


def university_section(s, quarter, rng, values):
    place = rng.choice(REGIONS)[2]
    activities = []
    for _ in range(rng.randint(0, 2)):
        activities.append({"kind": "research", "title": rng.choice(RESEARCH_TITLES).format(place=place)})
    for _ in range(rng.randint(1, 3)):
        activities.append({"kind": "community_service", "title": rng.choice(SERVICE_TITLES).format(place=place)})
    if rng.random() < 0.35:
        activities.append({"kind": "policy_brief", "title": rng.choice(BRIEF_TITLES).format(place=place)})
    return activities


def slugify(text):
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = word if not slug else slug + "-" + word
    return slug


def media_section(s, quarter, rng, values):
    publications = []
    kinds = (["news"] * rng.randint(1, 10) + ["investigative"] * rng.randint(0, 2) + ["psa"] * rng.randint(0, 2))
    host = "%s.example" % s.id
    for kind in kinds:
        titles = {"news": NEWS_TITLES, "investigative": INVESTIGATIVE_TITLES, "psa": PSA_TITLES}[kind]
        title = rng.choice(titles).format(place=rng.choice(REGIONS)[2])
        day = random_day_in(rng, quarter)
        publications.append({"title": title, "date": day, "kind": kind,
                             "url": "https://%s/%d/%02d/%s" % (host, day.year, day.month, slugify(title))})
    publications.sort(key=lambda p: p["date"])
    return publications


def government_section(s, quarter, rng, values):
    names = PROGRAMS_VILLAGE if s.size == "village" else PROGRAMS_REGENCY
    programs = []
    for name in rng.sample(names, rng.randint(1, 3)):
        program = {"name": name, "status": rng.choice(["planned", "ongoing", "ongoing", "done"])}
        if rng.random() < 0.8:
            unit = 500_000 if s.size == "village" else 5_000_000
            program["budget_idr"] = unit * rng.randint(2, 60)
        programs.append(program)
    return programs


SECTIONS = {
    "police": ("cases", police_section, 0.9),
    "religious": ("activities", religious_section, 0.8),
    "ngo": ("assistance", ngo_section, 0.9),
    "university": ("activities", university_section, 0.85),
    "media": ("publications", media_section, 0.9),
    "government": ("programs", government_section, 0.45),
}


def derive(kind, entries):
    """The indicator values a plugin derives from its section's entries."""
    if kind == "police":
        return {"suspects_named": sum(e["suspects"] for e in entries),
                "victims_rescued": sum(e["victims"] for e in entries)}
    if kind == "religious":
        return {"awareness_sessions": sum(1 for e in entries if e["kind"] == "session")}
    if kind == "ngo":
        return {"victims_assisted": len(entries)}
    if kind == "university":
        return {"research_outputs": sum(1 for e in entries if e["kind"] == "research"),
                "community_service_programs": sum(1 for e in entries if e["kind"] == "community_service"),
                "policy_briefs": sum(1 for e in entries if e["kind"] == "policy_brief")}
    if kind == "media":
        return {"investigative_reports": sum(1 for e in entries if e["kind"] == "investigative"),
                "news_reports": sum(1 for e in entries if e["kind"] == "news"),
                "psa_campaigns": sum(1 for e in entries if e["kind"] == "psa")}
    return {}


def entry_yaml(entry, order):
    lines = []
    for i, key in enumerate(k for k in order if k in entry):
        value = entry[key]
        lead = "  - " if i == 0 else "    "
        if isinstance(value, list):
            lines.append("%s%s:\n" % (lead, key))
            lines.extend("      - %s\n" % item for item in value)
        elif isinstance(value, int):
            lines.append("%s%s: %d\n" % (lead, key, value))
        elif isinstance(value, datetime.date):
            lines.append("%s%s: %s\n" % (lead, key, value.isoformat()))
        else:
            lines.append("%s%s: %s\n" % (lead, key, scalar(value)))
    return "".join(lines)


FIELD_ORDER = {
    "cases": ["ref", "stage", "suspects", "victims", "destination"],
    "activities": ["kind", "date", "title", "people"],
    "assistance": ["ref", "services"],
    "publications": ["title", "date", "kind", "url"],
    "programs": ["name", "status", "budget_idr"],
}


def report_yaml(s, quarter, step, submitted, rng, seed):
    values = {}
    for indicator, info in s.indicators.items():
        if info["aggregation"] == LATEST:
            values[indicator] = latest_value(info, step, rng, indicator)
        else:
            values[indicator] = flow_value(info, rng)

    name, make, chance = SECTIONS[s.kind]
    entries = make(s, quarter, rng, values) if rng.random() < chance else []
    derived = derive(s.kind, entries) if entries else {}
    written = {}
    for indicator, value in values.items():
        if indicator in derived:
            # The section decides; write the value only sometimes, and then the same number.
            if rng.random() < 0.5:
                written[indicator] = derived[indicator]
        else:
            written[indicator] = value
    if s.kind == "religious" and entries and "people_reached" in written:
        written["people_reached"] = sum(e["people"] for e in entries if e["kind"] == "session")

    out = ["# Generated by scripts/generate-repository.py (seed %d): not a real report.\n" % seed,
           "signatory: %s\n" % s.id,
           "period: %s\n" % quarter_name(quarter),
           "submitted: %s\n" % submitted.isoformat()]
    if written:
        out.append("values:\n")
        out.extend("  %s: %d\n" % (k, v) for k, v in written.items())
    if entries:
        out.append("%s:\n" % name)
        out.extend(entry_yaml(e, FIELD_ORDER[name]) for e in entries)

    final = dict(values)
    final.update(written)
    final.update(derived)
    facts = ", ".join("%s %d" % (LABELS_ID[k], v) for k, v in list(final.items())[:5])
    narrative = ("Pada triwulan %s %s %s mencatat %s. %s" % (
        ["I", "II", "III", "IV"][quarter[1] - 1], quarter[0], s.name, facts or "belum ada kegiatan",
        " ".join(rng.sample(OBSTACLES, 2))))
    out.append("narrative: " + block(narrative))
    if rng.random() < 0.35:
        out.append("evidence:\n  - https://komitmen-ntt.example/bukti/%s/%s.pdf\n" % (s.id, quarter_name(quarter).lower()))
        if rng.random() < 0.4:
            out.append("  - %s\n" % scalar("Notulen rapat koordinasi gugus tugas triwulan %s %d"
                                           % (["I", "II", "III", "IV"][quarter[1] - 1], quarter[0])))
    return "".join(out)


def small_report_yaml(s, quarter, step, submitted, rng, seed):
    """The small shape: three or four values, no sections, a one-line narrative (~330 bytes)."""
    values = {}
    for indicator, info in s.indicators.items():
        if info["aggregation"] == LATEST:
            values[indicator] = latest_value(info, step, rng, indicator)
        else:
            values[indicator] = flow_value(info, rng)
    # Every pledged value and no other: a blank pledged value or an unpledged one is a warning,
    # and a clean repository is what is measured. (A derived indicator without its section is
    # taken as written.)
    written = values
    out = ["# Generated by scripts/generate-repository.py (seed %d): not a real report.\n" % seed,
           "signatory: %s\n" % s.id,
           "period: %s\n" % quarter_name(quarter),
           "submitted: %s\n" % submitted.isoformat(),
           "values:\n"]
    out.extend("  %s: %d\n" % (k, v) for k, v in written.items())
    out.append("narrative: %s\n" % scalar("Kegiatan triwulan %s berjalan sesuai rencana; catatan lengkap ada di sekretariat." % quarter_name(quarter)))
    return "".join(out)


# ---------------------------------------------------------------------------------------------

def declaration_yaml(seed):
    regions = "".join("  - {id: %s, name: %s}\n" % (rid, name) for rid, name, _ in REGIONS)
    return (
        "# Generated by scripts/generate-repository.py (seed %d) for benchmarks.\n" % seed
        + "id: ntt-tppo-2025\n"
        "title:\n"
        "  id: Deklarasi Bersama Pencegahan dan Pemberantasan Pengiriman PMI Ilegal dan TPPO di NTT\n"
        "  en: Joint declaration on preventing illegal migrant-worker dispatch and trafficking in NTT\n"
        "signed: 2025-08-06\n"
        "place: Aula Rumah Jabatan Gubernur NTT, Jl. Eltari, Kota Kupang\n"
        "secretariat: Gugus Tugas TPPO Provinsi NTT\n"
        "reporting:\n"
        "  first: %s\n"
        "  due_days: %d\n"
        "status_thresholds:\n"
        "  on_track: 0.9\n"
        "  at_risk: 0.6\n"
        "regions:\n"
        "  - {id: ntt, name: Provinsi Nusa Tenggara Timur}\n" % (quarter_name(FIRST_QUARTER), DUE_DAYS)
        + regions
        + "goals:\n"
        "  - id: official-departure\n"
        "    title: {id: Diberangkatkan secara resmi, en: Departs through official channels}\n"
        "  - id: skills\n"
        "    title: {id: Memiliki keterampilan, en: Has the skills}\n"
        "  - id: protection\n"
        "    title: {id: Perlindungan penuh negara, en: Full protection of the state}\n")


def prepare(out, force):
    if os.path.exists(out) and os.listdir(out):
        if not force:
            sys.exit("generate-repository: %s is not empty (use --force to replace its repository)" % out)
        if not os.path.exists(os.path.join(out, "declaration.yaml")):
            sys.exit("generate-repository: %s does not look like a repository; not removing anything" % out)
        for name in ("signatories", "reports"):
            shutil.rmtree(os.path.join(out, name), ignore_errors=True)
        os.remove(os.path.join(out, "declaration.yaml"))
    os.makedirs(os.path.join(out, "signatories"), exist_ok=True)
    os.makedirs(os.path.join(out, "reports"), exist_ok=True)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signatories", type=int, default=250, help="number of signatories (default 250)")
    parser.add_argument("--quarters", type=int, default=20, help="quarters of reports from 2025-Q3 (default 20)")
    parser.add_argument("--out", required=True, help="folder to write the repository into")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--missing", type=float, default=0.05, help="share of reports left missing (default 0.05)")
    parser.add_argument("--late", type=float, default=0.12, help="share of reports filed late (default 0.12)")
    parser.add_argument("--force", action="store_true", help="replace the repository already in --out")
    parser.add_argument("--shape", choices=("large", "small"), default="large",
                        help="reports: large (sections, a long narrative, ~1.4 KB; the default) or small "
                             "(three or four values, no sections, ~330 bytes)")
    args = parser.parse_args()
    if args.signatories < 1 or args.quarters < 1:
        parser.error("--signatories and --quarters must be at least 1")

    rng = random.Random(args.seed)
    prepare(args.out, args.force)
    write(os.path.join(args.out, "declaration.yaml"), declaration_yaml(args.seed))

    people = make_signatories(args.signatories, rng)
    for s in people:
        # About one in ten joins a little later than the declaration's first quarter.
        if s.id not in ("pemprov-ntt", "polda-ntt") and args.quarters > 2 and rng.random() < 0.1:
            s.joined = quarter_add(FIRST_QUARTER, rng.randint(1, min(4, args.quarters - 1)))
        make_pledges(s, rng, args.quarters, wide=args.shape == "small")
        write(os.path.join(args.out, "signatories", s.id + ".yaml"), signatory_yaml(s, args.seed))

    counts = {"reports": 0, "on_time": 0, "late": 0, "missing": 0}
    for q in range(args.quarters):
        quarter = quarter_add(FIRST_QUARTER, q)
        folder = os.path.join(args.out, "reports", quarter_name(quarter))
        os.makedirs(folder, exist_ok=True)
        end = quarter_last_day(quarter)
        for s in people:
            first = s.joined or FIRST_QUARTER
            if quarter < first:
                continue
            step = (quarter[0] * 4 + quarter[1]) - (first[0] * 4 + first[1])
            roll = rng.random()
            if roll < args.missing:
                counts["missing"] += 1
                continue
            if roll < args.missing + args.late:
                submitted = end + datetime.timedelta(days=rng.randint(DUE_DAYS + 1, DUE_DAYS + 60))
                counts["late"] += 1
            else:
                submitted = end + datetime.timedelta(days=rng.randint(1, DUE_DAYS))
                counts["on_time"] += 1
            make_report = small_report_yaml if args.shape == "small" else report_yaml
            write(os.path.join(folder, s.id + ".yaml"), make_report(s, quarter, step, submitted, rng, args.seed))
            counts["reports"] += 1

    kinds = {}
    for s in people:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    print("generate-repository: %s: %d signatories (%s), %d quarters from %s, %d reports "
          "(%d on time, %d late, %d missing)" % (
              args.out, len(people), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), args.quarters,
              quarter_name(FIRST_QUARTER), counts["reports"], counts["on_time"], counts["late"], counts["missing"]))


if __name__ == "__main__":
    main()
