/*
 * Towns of East Westphalia-Lippe with a postal code and the position of their centre, for the
 * generated partners' addresses. Positions are rounded to about 100 m; each partner is spread
 * a little around its town so markers do not all sit on one point.
 */
export const PLACES: readonly { city: string; postalCode: string; lat: number; lon: number }[] = [
  { city: 'Bielefeld', postalCode: '33602', lat: 52.0302, lon: 8.5325 },
  { city: 'Paderborn', postalCode: '33098', lat: 51.7189, lon: 8.7575 },
  { city: 'Gütersloh', postalCode: '33330', lat: 51.9069, lon: 8.3785 },
  { city: 'Detmold', postalCode: '32756', lat: 51.9387, lon: 8.8793 },
  { city: 'Minden', postalCode: '32423', lat: 52.2894, lon: 8.9167 },
  { city: 'Herford', postalCode: '32052', lat: 52.1146, lon: 8.6734 },
  { city: 'Lemgo', postalCode: '32657', lat: 52.028, lon: 8.901 },
  { city: 'Höxter', postalCode: '37671', lat: 51.7749, lon: 9.3816 },
  { city: 'Bünde', postalCode: '32257', lat: 52.2004, lon: 8.5796 },
  { city: 'Lübbecke', postalCode: '32312', lat: 52.3072, lon: 8.6152 },
  { city: 'Rheda-Wiedenbrück', postalCode: '33378', lat: 51.8483, lon: 8.3003 },
  { city: 'Bad Salzuflen', postalCode: '32105', lat: 52.0862, lon: 8.7505 },
  { city: 'Verl', postalCode: '33415', lat: 51.8836, lon: 8.517 },
  { city: 'Löhne', postalCode: '32584', lat: 52.1897, lon: 8.7114 },
  { city: 'Warburg', postalCode: '34414', lat: 51.4899, lon: 9.1437 },
  { city: 'Lage', postalCode: '32791', lat: 51.9912, lon: 8.7917 },
  { city: 'Delbrück', postalCode: '33129', lat: 51.7676, lon: 8.5649 },
  { city: 'Espelkamp', postalCode: '32339', lat: 52.3772, lon: 8.6219 },
]

/** A few partners elsewhere in NRW and beyond, so the map is not one cluster. */
export const FAR_PLACES: readonly {
  city: string
  postalCode: string
  lat: number
  lon: number
  state: string
}[] = [
  { city: 'Münster', postalCode: '48143', lat: 51.9607, lon: 7.6261, state: 'NW' },
  { city: 'Dortmund', postalCode: '44135', lat: 51.5136, lon: 7.4653, state: 'NW' },
  { city: 'Köln', postalCode: '50667', lat: 50.9375, lon: 6.9603, state: 'NW' },
  { city: 'Osnabrück', postalCode: '49074', lat: 52.2799, lon: 8.0472, state: 'NI' },
  { city: 'Hannover', postalCode: '30159', lat: 52.3759, lon: 9.732, state: 'NI' },
  { city: 'Kassel', postalCode: '34117', lat: 51.3127, lon: 9.4797, state: 'HE' },
]
