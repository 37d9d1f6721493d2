"""Demo proposals, one in each state of the leaders' review, and how demo statuses came about.

Keyed by idea slug (see ideas.py). Each proposal is the idea's draft submitted by the author;
`decision` is what the leader did with it (None: still waiting). Scores are illustrative.
"""

PROPOSALS = {
    "kebun-gizi-sekolah": {
        "waiting_days": 6,
        # A second leader scored it without deciding, so the dashboard shows an average.
        "scores": [("admin", (4, 4, 3, 3, 5), "Bagus untuk Smart Living; cek anggaran PMT.")],
        "decision": None,
    },
    "retribusi-sampah-pasar-mardika": {
        "waiting_days": 12,
        "scores": [("pimpinan", (4, 2, 3, 2, 4), "")],
        "decision": "return",
        "reason": (
            "Tambahkan dasar hukum retribusi (Perda) dan rencana uji coba di satu blok pasar "
            "dulu, dengan target kepatuhan pedagang."
        ),
    },
    "dasan-120-seoul": {
        "waiting_days": 20,
        "scores": [("pimpinan", (3, 1, 2, 1, 3), "")],
        "decision": "reject",
        "reason": (
            "Sudah tercatat lewat Kanal Pengaduan Terpadu Ambon, yang mengadaptasi JAKI; "
            "tambahkan pengamatan ini sebagai bahan di entri itu."
        ),
    },
    "akta-kematian-lewat-rumah-ibadah": {
        "waiting_days": 95,
        "scores": [("pimpinan", (5, 4, 5, 4, 4), "Libatkan FKUB sejak awal.")],
        "decision": "approve",
        "next_status": "dikaji",
    },
}

STATUS_NOTES = {
    "diusulkan": "Diusulkan penulis setelah pengamatan.",
    "dikaji": "Disetujui untuk dikaji.",
    "uji_coba": "Uji coba dimulai.",
    "diterapkan": "Diterapkan penuh setelah uji coba.",
    "dilembagakan": "Dilembagakan dalam SOP dan peraturan.",
    "dihentikan": "Dihentikan setelah uji coba; alasannya dicatat agar tidak terulang.",
}
