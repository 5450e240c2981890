"""Reference grid coordinates for the SWEREF 99 inverse (src/core/io/sweref99.ts).

Projects points across Sweden from WGS 84 degrees into SWEREF 99 TM and three local zones with
PROJ's cs2cs (Debian's proj-bin), and writes test/fixtures/sweref99/points.json. The test turns
the grid coordinates back into degrees and compares.

    python3 scripts/reference/sweref99.py
"""
import json
import pathlib
import subprocess

# name, lat, lon: the corners and the middle of the country.
POINTS = [
    ("Kramfors", 62.99128, 17.92795),
    ("Kiruna", 67.8558, 20.2253),
    ("Haparanda", 65.8355, 24.1368),
    ("Malmö", 55.6050, 13.0038),
    ("Strömstad", 58.9395, 11.1712),
    ("Visby", 57.6348, 18.2948),
]
ZONES = [3006, 3007, 3010, 3018]


def project(epsg, lat, lon):
    out = subprocess.run(
        ["cs2cs", "-f", "%.4f", "EPSG:4326", f"EPSG:{epsg}"],
        input=f"{lat} {lon}\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    # SWEREF 99 axes are northing, easting.
    return float(out[0]), float(out[1])


rows = []
for name, lat, lon in POINTS:
    for epsg in ZONES:
        northing, easting = project(epsg, lat, lon)
        rows.append(
            {"name": name, "epsg": epsg, "lat": lat, "lon": lon, "northing": northing, "easting": easting}
        )
target = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "sweref99" / "points.json"
target.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {len(rows)} points to {target}")
