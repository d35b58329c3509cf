/**
 * Ids of the seed's entities. Ids are deterministic (identity rules), so these are the same on every machine; the
 * seed-facts tests prove they name what their constant says.
 */
export const SEED_URL =
  'https://baolangson.vn/dang-uy-khoi-cac-co-quan-tinh-to-chuc-hoi-nghi-bao-cao-vien-tuyen-truyen-vien-quy-ii-va-so-ket-cong-tac-tuyen-truyen-6-thang-dau-nam-2024-5017722.html';
export const DUK = 'org_0d3831829c2f0200a994';
export const BBT = 'org_b036141df0795328e985';
export const TINH_UY = 'org_f3d0c0b9245c4baa2046';
export const CT30 = 'doc_675214e68534171946c6';
export const NQ155 = 'doc_bd598f5fb1e1b5ba8849';
export const MEETING = 'mtg_73a8e89c573ea538832b';
export const SPEAKER = 'per_ac83a1358cafdfc13c60';
