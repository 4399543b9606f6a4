// Every source the deck cites, by id. Slides and data records refer to these ids;
// `<SourceLine>` renders them and the Sources slide lists them all.

export interface Source {
  /** Outlet or issuing body, as a reader would look it up. */
  outlet: string
  /** Title of the piece or document, where the fact sheet gives one. */
  title?: string
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication or event. */
  date: string
  /** Read through a secondary source, or otherwise weaker: said on the slide. */
  secondary?: boolean
}

export const sources = {
  'nyt-costa-clarke-2024': {
    outlet: 'Christopher P. Costa & Colin P. Clarke, The New York Times (guest essay)',
    title: 'We Still Haven\'t Figured Out How to Beat ISIS',
    date: '2024-03-31',
  },
  'memorial-911': {
    outlet: 'National September 11 Memorial & Museum',
    title: '2,977 victims of the 9/11 attacks',
    date: '2001-09-11',
  },
  'ap-oef-2001': {
    outlet: 'Associated Press',
    title: 'US and UK strikes open Operation Enduring Freedom',
    date: '2001-10-07',
  },
  'memri-5782': {
    outlet: 'MEMRI Special Dispatch 5782; Voice of America',
    title: 'ISIS declares a caliphate',
    date: '2014-06-29',
  },
  'jamestown-tm-2015': {
    outlet: 'Jamestown Foundation, Terrorism Monitor 13(7)',
    title: 'Islamic State announces Wilayat Khorasan',
    date: '2015',
  },
  'dod-nds-2018': {
    outlet: 'US Department of Defense',
    title: 'Summary of the 2018 National Defense Strategy',
    date: '2018-01-19',
  },
  'afp-baghuz-2019': {
    outlet: 'AFP',
    title: 'SDF declares the territorial defeat of ISIS at Baghuz',
    date: '2019-03-23',
  },
  'ap-baghdadi-2019': {
    outlet: 'Associated Press; BBC',
    title: 'Baghdadi killed in US raid in Idlib',
    date: '2019-10-27',
  },
  'reuters-doha-2020': {
    outlet: 'Reuters; RFE/RL',
    title: 'US-Taliban agreement signed in Doha',
    date: '2020-02-29',
  },
  'un-sg-kabul-2021': {
    outlet: 'UN Secretary-General reports on Afghanistan; wire services',
    title: 'Taliban take Kabul',
    date: '2021-08-15',
  },
  'ap-abbey-gate-2022': {
    outlet: 'Associated Press',
    title: 'Pentagon investigation of the Abbey Gate bombing',
    date: '2022-02-04',
  },
  'dod-mckenzie-2021': {
    outlet: 'US DoD briefing, Gen. Kenneth F. McKenzie',
    title: 'Withdrawal from Afghanistan complete',
    date: '2021-08-30',
  },
  'cnn-zawahiri-2022': {
    outlet: 'CNN; The White House',
    title: 'Zawahiri killed by US strike in Kabul',
    date: '2022-07-31',
  },
  'sasc-kurilla-2023': {
    outlet: 'Senate Armed Services Committee, hearing record',
    title: 'Posture of US Central Command, Gen. Michael E. Kurilla',
    date: '2023-03-16',
  },
  'hasc-kurilla-2024': {
    outlet: 'House Armed Services Committee, hearing record',
    title: 'Posture of US Central Command, Gen. Michael E. Kurilla',
    date: '2024-03-21',
  },
  'afp-russian-embassy-2022': {
    outlet: 'AFP',
    title: 'Suicide bombing at the Russian embassy in Kabul',
    date: '2022-09-05',
  },
  'straits-times-longan-2022': {
    outlet: 'The Straits Times; Emergency Hospital Kabul',
    title: 'Attack on the Longan Hotel in Kabul',
    date: '2022-12-12',
  },
  'ap-nrw-arrests-2023': {
    outlet: 'Associated Press',
    title: 'Germany and the Netherlands arrest 9 suspects in contact with ISIS-K',
    date: '2023-07-06',
  },
  'dpa-cologne-2023': {
    outlet: 'dpa; AFP',
    title: 'New Year\'s Eve plot against Cologne Cathedral',
    date: '2023-12-24',
  },
  'ap-kerman-2024': {
    outlet: 'Associated Press; Anadolu Agency',
    title: 'Twin bombings at the Soleimani memorial in Kerman',
    date: '2024-01-03',
  },
  'ap-istanbul-2024': {
    outlet: 'Associated Press',
    title: 'Gunmen attack Sunday Mass at Santa Maria church, Istanbul',
    date: '2024-01-29',
  },
  'rferl-crocus-2024': {
    outlet: 'RFE/RL; TASS',
    title: 'Crocus City Hall attack, death toll',
    date: '2024-03-30',
  },
  'ap-vienna-2024': {
    outlet: 'Associated Press; CIA Deputy Director David Cohen',
    title: 'Taylor Swift concert plot foiled in Vienna',
    date: '2024-08-07',
  },
  'un-mt-25': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '25th report (S/2020/53)',
    date: '2020-01',
  },
  'un-mt-28': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '28th report (S/2021/655)',
    date: '2021-07',
  },
  'un-sg-2022': {
    outlet: 'UN Secretary-General',
    title: 'Report on ISIL (Da\'esh), January 2022',
    date: '2022-01',
  },
  'un-mt-32': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '32nd report (S/2023/549)',
    date: '2023-07',
  },
  'un-mt-34': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '34th report',
    date: '2024-07',
  },
  'ap-troops-timeline': {
    outlet: 'Associated Press',
    title: 'Timeline of US troop levels in Afghanistan',
    date: '2021-08',
  },
  'politico-troops': {
    outlet: 'Politico',
    title: 'US troop levels in Afghanistan',
    date: '2017-03',
  },
  'stripes-troops': {
    outlet: 'Stars and Stripes',
    title: 'US troop levels in Afghanistan',
    date: '2020-11',
  },
  'gti-2024': {
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2024',
    date: '2024',
  },
  'gti-2025': {
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2025',
    date: '2025',
  },
  'cia-oss-nkvd': {
    outlet: 'CIA, historical reviews (secondary)',
    title: 'The OSS-NKVD liaison, 1943-44',
    date: '1944',
    secondary: true,
  },
  'nyt-crocker-2013': {
    outlet: 'Ryan Crocker, The New York Times',
    title: 'Iran\'s help against the Taliban in 2001',
    date: '2013-11-03',
  },
  'newyorker-hersh-2003': {
    outlet: 'Seymour M. Hersh, The New Yorker',
    title: 'Syria\'s intelligence cooperation with the CIA',
    date: '2003-07-28',
  },
  'csm-libya-2011': {
    outlet: 'The Christian Science Monitor',
    title: 'CIA and MI6 cooperation with Libyan intelligence',
    date: '2011-09-05',
  },
  'readouts-kazan-2017': {
    outlet: 'Kremlin and White House readouts',
    title: 'CIA tip foils a plot against Kazan Cathedral, St Petersburg',
    date: '2017-12-17',
  },
  'reuters-iran-warning-2024': {
    outlet: 'Reuters; The Wall Street Journal',
    title: 'US privately warned Iran before the Kerman bombings',
    date: '2024-01-25',
  },
  'nsc-watson-2024': {
    outlet: 'NSC spokesperson Adrienne Watson, statement',
    title: 'US warned Russia of a planned attack in Moscow',
    date: '2024-03-22',
  },
  'secondary-prison-2021': {
    outlet: 'Taliban minister, as reported by a secondary source',
    title: 'ISIS-K members freed from Bagram and Pul-e-Charkhi',
    date: '2021-08',
    secondary: true,
  },
  'wapo-burns-2021': {
    outlet: 'The Washington Post; NPR',
    title: 'CIA Director Burns meets Baradar in Kabul',
    date: '2021-08-23',
  },
  'afp-balkh-2023': {
    outlet: 'AFP',
    title: 'Balkh governor killed by ISIS suicide bomber',
    date: '2023-03-09',
  },
  'ap-abbey-planner-2023': {
    outlet: 'Associated Press; ABC News',
    title: 'Taliban killed the planner of the Abbey Gate bombing, US officials say',
    date: '2023-04-25',
  },
  'nbc-intel-sharing-2024': {
    outlet: 'NBC News',
    title: 'Internal US debate over intelligence sharing with the Taliban',
    date: '2024-07-03',
  },
  'cia-cohen-2024': {
    outlet: 'CIA Deputy Director David Cohen, public remarks',
    title: 'US engagement with the Taliban against al-Qaeda and ISIS-K',
    date: '2024-08-28',
  },
  'ap-haqqani-2024': {
    outlet: 'Associated Press; DW',
    title: 'Taliban minister Khalil Haqqani killed in Kabul',
    date: '2024-12-11',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

export const sourceIds = Object.keys(sources) as SourceId[]
