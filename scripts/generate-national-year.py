#!/usr/bin/env python3
"""Writes a synthetic year of national daily files (china_sites_YYYYMMDD.csv) for benchmarks (issue 18).

    python3 scripts/generate-national-year.py OUT [--stations 1500] [--days 365] [--year 2019] [--seed 18]

OUT/YEAR/ holds one file per day with the header date,hour,type, then one column per station; the station
order rotates from file to file and one station in fifty is missing from every seventh file, as in the real
archive. OUT/stations.csv lists the stations: the first ten are in 绵阳 and mapped to the sample units by
OUT/mapping-city.csv; OUT/mapping-all.csv maps every station to 510703. Values are made up; the generator is
Python's seeded Mersenne Twister, so a seed gives the same bytes on every run.
"""
import argparse
import datetime
import os
import random

TYPES = ["AQI", "PM2.5", "PM2.5_24h", "PM10", "PM10_24h", "SO2", "SO2_24h", "NO2", "NO2_24h", "O3", "O3_24h",
         "O3_8h", "O3_8h_24h", "CO", "CO_24h"]
UNITS = ["510703", "510704", "510724", "MY-GXQ"]


def pool(kind):
    """A few hundred value texts of one type, with a few empty cells (missing)."""
    if kind.startswith("CO"):
        values = [f"{v / 10:.1f}" for v in range(3, 30)] * 8
    elif kind.startswith("SO2"):
        values = [str(v) for v in range(2, 40)] * 6
    elif kind.startswith("O3"):
        values = [str(v) for v in range(10, 220)]
    else:
        values = [str(v) for v in range(15, 240)]
    return values + [""] * 3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--stations", type=int, default=1500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--year", type=int, default=2019)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    codes = [f"{1001 + i}A" for i in range(args.stations)]
    os.makedirs(f"{args.out}/{args.year}", exist_ok=True)
    with open(f"{args.out}/stations.csv", "w", encoding="utf-8", newline="") as f:
        f.write("监测点编码,监测点名称,城市,经度,纬度,对照点\n")
        for i, code in enumerate(codes):
            city = "绵阳" if i < 10 else f"城市{i // 10}"
            f.write(f"{code},点位{i},{city},-,-,N\n")
    with open(f"{args.out}/mapping-city.csv", "w", encoding="utf-8", newline="") as f:
        f.write("监测点编码,区域代码,起始日期,截止日期\n")
        for i, code in enumerate(codes[:10]):
            f.write(f"{code},{UNITS[i % len(UNITS)]},{args.year - 1}-01-01,\n")
    with open(f"{args.out}/mapping-all.csv", "w", encoding="utf-8", newline="") as f:
        f.write("监测点编码,区域代码,起始日期,截止日期\n")
        for code in codes:
            f.write(f"{code},510703,{args.year - 1}-01-01,\n")
    pools = {t: pool(t) for t in TYPES}
    first = datetime.date(args.year, 1, 2)  # hour 0 of the first file is hour 24 of 01-01 (R-24a)
    for n in range(args.days):
        day = first + datetime.timedelta(days=n)
        shift = n % len(codes)
        order = codes[shift:] + codes[:shift]
        if n % 7 == 3:
            order = [c for i, c in enumerate(order) if i % 50 != 7]
        stamp = day.strftime("%Y%m%d")
        lines = ["date,hour,type," + ",".join(order)]
        for hour in range(24):
            for t in TYPES:
                lines.append(f"{stamp},{hour},{t}," + ",".join(rng.choices(pools[t], k=len(order))))
        folder = f"{args.out}/{day.year}"
        os.makedirs(folder, exist_ok=True)
        with open(f"{folder}/china_sites_{stamp}.csv", "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
