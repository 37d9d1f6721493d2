"""Agencies: the city's own (Ambon) and the sources its staff learned from.

Keyed by a short id that trips and ideas refer to; matched in the database by name+city.
"""

AMBON = {"city": "Ambon", "province": "Maluku", "is_own": True}

AGENCIES = {
    # Kota Ambon
    "amb-kominfo": {
        **AMBON,
        "name": "Dinas Komunikasi, Informatika dan Persandian Kota Ambon",
        "acronym": "Diskominfosandi",
        "kind": "dinas",
    },
    "amb-dukcapil": {
        **AMBON,
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Ambon",
        "acronym": "Dukcapil",
        "kind": "dinas",
    },
    "amb-dpmptsp": {
        **AMBON,
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Ambon",
        "acronym": "DPMPTSP",
        "kind": "dinas",
    },
    "amb-dinkes": {
        **AMBON,
        "name": "Dinas Kesehatan Kota Ambon",
        "acronym": "Dinkes",
        "kind": "dinas",
    },
    "amb-disdik": {
        **AMBON,
        "name": "Dinas Pendidikan Kota Ambon",
        "acronym": "Disdik",
        "kind": "dinas",
    },
    "amb-dishub": {
        **AMBON,
        "name": "Dinas Perhubungan Kota Ambon",
        "acronym": "Dishub",
        "kind": "dinas",
    },
    "amb-dlhp": {
        **AMBON,
        "name": "Dinas Lingkungan Hidup dan Persampahan Kota Ambon",
        "acronym": "DLHP",
        "kind": "dinas",
    },
    "amb-dispar": {
        **AMBON,
        "name": "Dinas Pariwisata Kota Ambon",
        "acronym": "Dispar",
        "kind": "dinas",
    },
    "amb-bappeda": {
        **AMBON,
        "name": "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Ambon",
        "acronym": "Bappeda-Litbang",
        "kind": "badan",
    },
    "amb-bpbd": {
        **AMBON,
        "name": "Badan Penanggulangan Bencana Daerah Kota Ambon",
        "acronym": "BPBD",
        "kind": "badan",
    },
    "amb-organisasi": {
        **AMBON,
        "name": "Bagian Organisasi Sekretariat Daerah Kota Ambon",
        "acronym": "Bagian Organisasi Setda",
        "kind": "bagian",
    },
    "amb-sirimau": {**AMBON, "name": "Kecamatan Sirimau", "acronym": "", "kind": "kecamatan"},
    "amb-nusaniwe": {**AMBON, "name": "Kecamatan Nusaniwe", "acronym": "", "kind": "kecamatan"},
    "amb-baguala": {**AMBON, "name": "Kecamatan Baguala", "acronym": "", "kind": "kecamatan"},
    "amb-leitimur": {
        **AMBON,
        "name": "Kecamatan Leitimur Selatan",
        "acronym": "",
        "kind": "kecamatan",
    },
    # Sources elsewhere in Indonesia
    "sby-dukcapil": {
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya",
        "acronym": "Dispendukcapil",
        "kind": "dinas",
        "city": "Surabaya",
        "province": "Jawa Timur",
    },
    "sby-dishub": {
        "name": "Dinas Perhubungan Kota Surabaya",
        "acronym": "Dishub",
        "kind": "dinas",
        "city": "Surabaya",
        "province": "Jawa Timur",
    },
    "bwi-dpmptsp": {
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Banyuwangi",
        "acronym": "DPMPTSP",
        "kind": "dinas",
        "city": "Banyuwangi",
        "province": "Jawa Timur",
    },
    "bwi-dukcapil": {
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi",
        "acronym": "Dispendukcapil",
        "kind": "dinas",
        "city": "Banyuwangi",
        "province": "Jawa Timur",
    },
    "bwi-budpar": {
        "name": "Dinas Kebudayaan dan Pariwisata Kabupaten Banyuwangi",
        "acronym": "Disbudpar",
        "kind": "dinas",
        "city": "Banyuwangi",
        "province": "Jawa Timur",
    },
    "bdg-dlh": {
        "name": "Dinas Lingkungan Hidup Kota Bandung",
        "acronym": "DLH",
        "kind": "dinas",
        "city": "Bandung",
        "province": "Jawa Barat",
    },
    "bdg-kominfo": {
        "name": "Dinas Komunikasi dan Informatika Kota Bandung",
        "acronym": "Diskominfo",
        "kind": "dinas",
        "city": "Bandung",
        "province": "Jawa Barat",
    },
    "mks-dinkes": {
        "name": "Dinas Kesehatan Kota Makassar",
        "acronym": "Dinkes",
        "kind": "dinas",
        "city": "Makassar",
        "province": "Sulawesi Selatan",
    },
    "mks-pangan": {
        "name": "Dinas Ketahanan Pangan Kota Makassar",
        "acronym": "DKP",
        "kind": "dinas",
        "city": "Makassar",
        "province": "Sulawesi Selatan",
    },
    "smg-bpbd": {
        "name": "Badan Penanggulangan Bencana Daerah Kota Semarang",
        "acronym": "BPBD",
        "kind": "badan",
        "city": "Semarang",
        "province": "Jawa Tengah",
    },
    "jkt-jsc": {
        "name": "Unit Pengelola Jakarta Smart City",
        "acronym": "UP JSC",
        "kind": "lainnya",
        "city": "Jakarta",
        "province": "DKI Jakarta",
    },
    "jkt-dishub": {
        "name": "Dinas Perhubungan Provinsi DKI Jakarta",
        "acronym": "Dishub DKI",
        "kind": "dinas",
        "city": "Jakarta",
        "province": "DKI Jakarta",
    },
    "dps-dpmptsp": {
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Denpasar",
        "acronym": "DPMPTSP",
        "kind": "dinas",
        "city": "Denpasar",
        "province": "Bali",
    },
    # Sources abroad
    "seoul-smg": {
        "name": "Seoul Metropolitan Government",
        "acronym": "SMG",
        "kind": "lainnya",
        "city": "Seoul",
        "country": "Korea Selatan",
    },
    "seoul-songpa": {
        "name": "Songpa-gu Office",
        "acronym": "",
        "kind": "lainnya",
        "city": "Seoul",
        "country": "Korea Selatan",
    },
    "sg-mso": {
        "name": "Municipal Services Office",
        "acronym": "MSO",
        "kind": "lainnya",
        "city": "Singapura",
        "country": "Singapura",
    },
}
