"""Demo accounts (one per group, plus an admin) and the site's identity."""

ACCOUNTS = [
    {
        "username": "admin",
        "first_name": "Admin",
        "last_name": "Lumbung Inovasi",
        "email": "admin@example.org",
        "superuser": True,
    },
    {
        "username": "penulis",
        "first_name": "Maria",
        "last_name": "Latuconsina",
        "email": "penulis@example.org",
        "group": "Penulis",
    },
    {
        "username": "pimpinan",
        "first_name": "Johanis",
        "last_name": "Wattimena",
        "email": "pimpinan@example.org",
        "group": "Pimpinan",
    },
    {
        "username": "pembaca",
        "first_name": "Fatima",
        "last_name": "Tuasikal",
        "email": "pembaca@example.org",
        "group": "Pembaca",
    },
]

# Filled into the default site's SiteIdentity where a field is still blank.
SITE_IDENTITY = {
    "owner": "Pemerintah Kota Ambon",
    "tagline": "Amati, Tiru, Modifikasi",
    "contact_email": "lumbung-inovasi@example.org",
    "footer_note": (
        "Lumbung Inovasi mencatat praktik baik yang diamati, ditiru dan dimodifikasi "
        "perangkat daerah Kota Ambon. Entri bertanda ilustratif adalah contoh demo: "
        "narahubung dan angkanya rekaan, bukan hasil nyata."
    ),
}
