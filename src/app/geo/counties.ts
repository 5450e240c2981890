import countiesCsv from '../../../data/sweden/counties.csv?raw';

export interface County {
  code: string;
  name: string;
  lat: number;
  lon: number;
  seatLat: number;
  seatLon: number;
}

/** The 21 counties from the project's reference data (header row names the columns). */
export function readCounties(csv: string = countiesCsv): Map<string, County> {
  const [header = '', ...lines] = csv.trim().split(/\r?\n/);
  const col = (name: string) => header.split(',').indexOf(name);
  const at = {
    code: col('county_code'),
    name: col('county_name'),
    lat: col('lat'),
    lon: col('lon'),
    seatLat: col('seat_lat'),
    seatLon: col('seat_lon'),
  };
  const counties = new Map<string, County>();
  for (const line of lines) {
    const cells = line.split(',');
    const code = cells[at.code] ?? '';
    counties.set(code, {
      code,
      name: cells[at.name] ?? code,
      lat: Number(cells[at.lat]),
      lon: Number(cells[at.lon]),
      seatLat: Number(cells[at.seatLat]),
      seatLon: Number(cells[at.seatLon]),
    });
  }
  return counties;
}
