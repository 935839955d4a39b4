import type { DatasetDefinition } from "./dataset";
import { asylumRequestsByMonth } from "./datasets/asylum-requests-by-month";
import { asylumRequestsByNationality } from "./datasets/asylum-requests-by-nationality";
import { asylumRequestsByOffice } from "./datasets/asylum-requests-by-office";
import { asylumRequestsByYear } from "./datasets/asylum-requests-by-year";
import { comarBacklog } from "./datasets/comar-backlog";
import { childrenDetained, crimesAndImpunity, deportationsToMexico, remainInMexico, reportFigures, title42Expulsions } from "./datasets/dated-measures";
import { detentionCapacity } from "./datasets/detention-capacity";
import { deportationsByYear, detentions2019ByMonth, detentionsByYear } from "./datasets/enforcement-yearly";
import { comarBudget } from "./datasets/comar-budget";
import { comarOffices } from "./datasets/comar-offices";
import { comarResolutionsByYear } from "./datasets/comar-resolutions-by-year";
import { humanitarianVisas } from "./datasets/humanitarian-visas";
import { policyEvents } from "./datasets/policy-events";
import { recognitionByNationality } from "./datasets/recognition-by-nationality";
import { recommendations } from "./datasets/recommendations";
import type { ColumnSchemas } from "./table";

/** Every dataset definition, by id. Each has `data/<id>.csv` and `data/<id>.meta.json`. */
export const DATASET_DEFINITIONS: ReadonlyArray<DatasetDefinition<ColumnSchemas>> = [
  asylumRequestsByYear,
  asylumRequestsByMonth,
  asylumRequestsByNationality,
  asylumRequestsByOffice,
  comarResolutionsByYear,
  recognitionByNationality,
  comarBudget,
  comarBacklog,
  humanitarianVisas,
  policyEvents,
  detentionCapacity,
  detentionsByYear,
  detentions2019ByMonth,
  deportationsByYear,
  childrenDetained,
  crimesAndImpunity,
  remainInMexico,
  title42Expulsions,
  deportationsToMexico,
  reportFigures,
  comarOffices,
  recommendations,
] as unknown as ReadonlyArray<DatasetDefinition<ColumnSchemas>>;
