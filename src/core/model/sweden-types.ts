/** One municipality (kommun) of the reference data. Codes are strings: "0180" is Stockholm. */
export interface Municipality {
  code: string;
  name: string;
  /** 2-digit county code. */
  county: string;
  lat: number;
  lon: number;
}

/** One county (län) with its regional body and county seat (residensstad). */
export interface County {
  code: string;
  name: string;
  /** The regional self-government body, e.g. "Region Norrbotten", "Västra Götalandsregionen". */
  region: string;
  seat: string;
  seatCode: string;
  lat: number;
  lon: number;
  seatLat: number;
  seatLon: number;
}

/** The reference facts generated from data/sweden by scripts/reference-data.ts. */
export interface SwedenData {
  municipalities: Municipality[];
  counties: County[];
  /** Codes of the ten pilot municipalities of "Stärkt lokal attraktionskraft". */
  pilots: string[];
}
