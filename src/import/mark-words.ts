// Words reviewers write as marks, in Norwegian and English: the codes of both scales vm-strategy
// ships and the words people use beside them. A word here that the scale in use does not know is
// never taken as a mark and never folded into text silently: the importer warns where it stands.
export const markLikeWords: readonly string[] = [
  'JA',
  'NEI',
  'TJA',
  'VET IKKE',
  'UKJENT',
  'DELVIS',
  'KANSKJE',
  'USIKKER',
  'UAVKLART',
  'IKKE STARTET',
  'YES',
  'NO',
  'PARTLY',
  'PARTIALLY',
  'UNKNOWN',
  'MAYBE',
  'UNSURE',
  'UNCLEAR',
  'NOT STARTED',
];
