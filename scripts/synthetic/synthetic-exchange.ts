import { chance, idFor, startsWith, subjects, type PgClient } from './synthetic-support.js';

export interface ExchangeCounts {
  offers: number;
  demands: number;
  interests: number;
  deals: number;
  /** Organisations made for the exchange: a broker when the data has no intermediary. */
  organizations: number;
}

interface ExchangeSubject {
  sectors: string[];
  offer: { en: [title: string, summary: string, keywords: string[]]; vi: [title: string, summary: string, keywords: string[]] };
  /** A need in English, in Vietnamese, and in Vietnamese typed without diacritics. */
  demand: [title: string, description: string][];
}

/**
 * What offers and demands say about each technology subject of synthetic-commercialisation.ts (same
 * order), in English and Vietnamese, so that matching across the two languages has something to find.
 */
const exchangeSubjects: ExchangeSubject[] = [
  {
    sectors: ['WATER', 'ENVIRONMENT', 'AQUACULTURE'],
    offer: {
      en: ['Water-quality sensor with IoT alerts', 'Sample data: a low-cost water quality sensor measuring dissolved oxygen and turbidity, with IoT alerts for fish ponds and water supply.', ['water quality', 'sensor', 'iot']],
      vi: ['Cảm biến chất lượng nước kết nối IoT', 'Dữ liệu mẫu: cảm biến chất lượng nước giá rẻ đo oxy hòa tan và độ đục, cảnh báo qua internet vạn vật cho ao nuôi và cấp nước.', ['chất lượng nước', 'cảm biến', 'internet vạn vật']],
    },
    demand: [
      ['Water quality monitoring for shrimp ponds', 'Sample data: we need sensors that monitor water quality in our shrimp farming ponds and send alerts.'],
      ['Cần cảm biến chất lượng nước cho ao nuôi tôm', 'Dữ liệu mẫu: doanh nghiệp cần giải pháp cảm biến chất lượng nước và cảnh báo sớm cho ao nuôi tôm.'],
      ['Can cam bien chat luong nuoc cho nha may', 'Du lieu mau: cong ty can thiet bi quan trac nuoc va cam bien chat luong nuoc cho nha may.'],
    ],
  },
  {
    sectors: ['ENVIRONMENT', 'SMART_CITY'],
    offer: {
      en: ['Low-cost air quality sensor network', 'Sample data: fine dust and air pollution sensors on a wireless network, with a public dashboard.', ['air quality', 'sensor', 'fine dust']],
      vi: ['Mạng cảm biến chất lượng không khí giá rẻ', 'Dữ liệu mẫu: cảm biến bụi mịn và ô nhiễm không khí kết nối không dây, hiển thị trên nền tảng dữ liệu mở.', ['chất lượng không khí', 'bụi mịn', 'cảm biến']],
    },
    demand: [
      ['Air pollution monitoring around an industrial park', 'Sample data: we look for air quality sensors and environmental monitoring around our industrial zone.'],
      ['Giám sát ô nhiễm không khí khu công nghiệp', 'Dữ liệu mẫu: cần hệ thống quan trắc môi trường và cảm biến bụi mịn quanh khu công nghiệp.'],
      ['Quan trac chat luong khong khi do thi', 'Du lieu mau: can cam bien chat luong khong khi cho do thi thong minh.'],
    ],
  },
  {
    sectors: ['TRANSPORT', 'SMART_CITY', 'ICT'],
    offer: {
      en: ['Edge-AI traffic signal control', 'Sample data: cameras with computer vision on the edge adapt traffic light timing to congestion at intersections.', ['traffic', 'computer vision', 'artificial intelligence']],
      vi: ['Điều khiển đèn giao thông bằng trí tuệ nhân tạo', 'Dữ liệu mẫu: camera xử lý ảnh tại chỗ điều chỉnh đèn tín hiệu theo mức ùn tắc tại giao lộ.', ['giao thông', 'xử lý ảnh', 'trí tuệ nhân tạo']],
    },
    demand: [
      ['Reduce congestion at factory gates', 'Sample data: we need traffic management with video analytics at the gates of our logistics centre.'],
      ['Giải pháp giảm ùn tắc giao thông', 'Dữ liệu mẫu: cần hệ thống điều khiển giao thông thông minh dùng camera và trí tuệ nhân tạo.'],
      ['Can giai phap den giao thong thong minh', 'Du lieu mau: tim cong nghe dieu khien giao thong va nhan dang hinh anh.'],
    ],
  },
  {
    sectors: ['AGRICULTURE', 'WATER'],
    offer: {
      en: ['Soil-moisture smart irrigation', 'Sample data: drip irrigation driven by soil moisture sensors, for smart farming of fruit and coffee.', ['irrigation', 'smart farming', 'sensor']],
      vi: ['Hệ thống tưới tiêu thông minh theo độ ẩm đất', 'Dữ liệu mẫu: tưới nhỏ giọt điều khiển tự động theo cảm biến độ ẩm đất cho nông nghiệp công nghệ cao.', ['tưới tiêu', 'nông nghiệp thông minh', 'cảm biến']],
    },
    demand: [
      ['Automated irrigation for a durian farm', 'Sample data: we look for automated drip irrigation for our durian and coffee farms.'],
      ['Cần hệ thống tưới nhỏ giọt tự động', 'Dữ liệu mẫu: hợp tác xã cần hệ thống tưới tiêu tự động cho vườn cây trồng.'],
      ['Tuoi tieu thong minh cho vuon sau rieng', 'Du lieu mau: can he thong tuoi nho giot va cam bien do am cho nong nghiep.'],
    ],
  },
  {
    sectors: ['ENERGY', 'ICT'],
    offer: {
      en: ['Rooftop solar forecasting and battery scheduling', 'Sample data: software that forecasts rooftop solar power and schedules battery storage for factories.', ['solar power', 'energy storage', 'forecasting']],
      vi: ['Dự báo điện mặt trời mái nhà và điều độ pin lưu trữ', 'Dữ liệu mẫu: phần mềm dự báo điện mặt trời áp mái và lưu trữ năng lượng cho nhà máy.', ['điện mặt trời', 'lưu trữ năng lượng', 'dự báo']],
    },
    demand: [
      ['Cut the electricity bill of our factory', 'Sample data: we want solar power with battery storage and energy saving in our factory.'],
      ['Tiết kiệm năng lượng cho nhà xưởng', 'Dữ liệu mẫu: cần giải pháp điện mặt trời và lưu trữ năng lượng cho nhà xưởng.'],
      ['Dien mat troi ap mai cho nha may', 'Du lieu mau: tim giai phap nang luong tai tao va tiet kiem nang luong.'],
    ],
  },
  {
    sectors: ['WATER', 'ENVIRONMENT'],
    offer: {
      en: ['Decentralised wastewater treatment with biofilm membranes', 'Sample data: compact wastewater treatment with membrane filtration for craft villages and small factories.', ['wastewater', 'membrane filtration', 'water treatment']],
      vi: ['Xử lý nước thải phân tán bằng màng sinh học', 'Dữ liệu mẫu: xử lý nước thải quy mô nhỏ bằng màng lọc sinh học cho làng nghề và nhà máy.', ['xử lý nước thải', 'màng lọc', 'môi trường']],
    },
    demand: [
      ['Wastewater treatment for a food factory', 'Sample data: we need a compact effluent and wastewater treatment plant for food processing.'],
      ['Cần công nghệ xử lý nước thải', 'Dữ liệu mẫu: nhà máy cần xử lý nước thải đạt chuẩn trước khi xả thải.'],
      ['Xu ly nuoc thai cho lang nghe', 'Du lieu mau: can cong nghe xu ly nuoc thai va mang loc cho lang nghe.'],
    ],
  },
  {
    sectors: ['FOOD', 'LOGISTICS', 'AGRICULTURE'],
    offer: {
      en: ['QR traceability for agricultural supply chains', 'Sample data: a traceability platform with QR codes following produce through the supply chain, for food safety.', ['traceability', 'supply chain', 'food safety']],
      vi: ['Truy xuất nguồn gốc nông sản bằng mã QR', 'Dữ liệu mẫu: nền tảng truy xuất nguồn gốc theo chuỗi cung ứng, bảo đảm an toàn thực phẩm.', ['truy xuất nguồn gốc', 'chuỗi cung ứng', 'an toàn thực phẩm']],
    },
    demand: [
      ['Traceability for export fruit', 'Sample data: exporters of fruit need food traceability along the supply chain.'],
      ['Truy xuất nguồn gốc cho trái cây xuất khẩu', 'Dữ liệu mẫu: cần nền tảng truy xuất nguồn gốc và an toàn thực phẩm cho trái cây.'],
      ['Truy xuat nguon goc thuc pham', 'Du lieu mau: doanh nghiep can truy xuat nguon goc cho chuoi cung ung thuc pham.'],
    ],
  },
  {
    sectors: ['MATERIALS', 'CONSTRUCTION'],
    offer: {
      en: ['Recycled building material from industrial fly ash', 'Sample data: unfired brick and concrete additives from recycled fly ash, a circular economy building material.', ['recycling', 'building material', 'circular economy']],
      vi: ['Vật liệu xây dựng tái chế từ tro bay', 'Dữ liệu mẫu: gạch không nung và phụ gia bê tông từ tro bay tái chế theo kinh tế tuần hoàn.', ['vật liệu xây dựng', 'tái chế', 'kinh tế tuần hoàn']],
    },
    demand: [
      ['Use our fly ash in building materials', 'Sample data: a power plant looks for recycling of fly ash into construction material.'],
      ['Tái chế tro xỉ làm vật liệu xây dựng', 'Dữ liệu mẫu: cần công nghệ tái chế tro bay thành gạch không nung.'],
      ['Gach khong nung tu tro bay', 'Du lieu mau: tim cong nghe vat lieu xay dung tai che.'],
    ],
  },
  {
    sectors: ['HEALTH', 'ICT'],
    offer: {
      en: ['Telemedicine kit for commune health stations', 'Sample data: a telemedicine kit with diagnostic devices for remote consultation from commune health stations.', ['telemedicine', 'medical device', 'remote consultation']],
      vi: ['Bộ thiết bị khám chữa bệnh từ xa cho trạm y tế xã', 'Dữ liệu mẫu: thiết bị y tế và phần mềm khám bệnh từ xa cho trạm y tế tuyến xã.', ['y tế từ xa', 'thiết bị y tế', 'khám bệnh từ xa']],
    },
    demand: [
      ['Remote consultation for our clinics', 'Sample data: a clinic chain needs telehealth and remote consultation equipment.'],
      ['Cần giải pháp khám bệnh từ xa', 'Dữ liệu mẫu: bệnh viện cần thiết bị y tế và y tế từ xa cho vùng sâu.'],
      ['Kham chua benh tu xa cho phong kham', 'Du lieu mau: can thiet bi y te ket noi kham benh tu xa.'],
    ],
  },
  {
    sectors: ['AGRICULTURE', 'ICT'],
    offer: {
      en: ['Drone crop monitoring with multispectral imaging', 'Sample data: drones with multispectral cameras detect plant disease and guide precision agriculture.', ['drone', 'precision agriculture', 'remote sensing']],
      vi: ['Giám sát cây trồng bằng máy bay không người lái', 'Dữ liệu mẫu: thiết bị bay không người lái chụp ảnh đa phổ phát hiện sâu bệnh cho nông nghiệp chính xác.', ['máy bay không người lái', 'nông nghiệp chính xác', 'sâu bệnh']],
    },
    demand: [
      ['Detect plant disease early on our plantations', 'Sample data: a rubber and coffee grower needs drone monitoring of crop disease.'],
      ['Phát hiện sâu bệnh cây trồng bằng flycam', 'Dữ liệu mẫu: cần máy bay không người lái giám sát ruộng lúa và sâu bệnh.'],
      ['Giam sat dong ruong bang drone', 'Du lieu mau: can vien tham va drone cho nong nghiep chinh xac.'],
    ],
  },
  {
    sectors: ['ICT', 'SMART_CITY'],
    offer: {
      en: ['Open data platform for digital government', 'Sample data: an open data platform with dashboards and APIs for digital government services.', ['open data', 'digital government', 'data platform']],
      vi: ['Nền tảng dữ liệu mở cho chính quyền số', 'Dữ liệu mẫu: nền tảng dữ liệu mở và phân tích dữ liệu phục vụ chính quyền số và dịch vụ công trực tuyến.', ['dữ liệu mở', 'chính quyền số', 'nền tảng dữ liệu']],
    },
    demand: [
      ['Data analytics for an industrial park operator', 'Sample data: we need a data platform and dashboard for our industrial park.'],
      ['Nền tảng phân tích dữ liệu cho doanh nghiệp', 'Dữ liệu mẫu: cần nền tảng dữ liệu lớn và chuyển đổi số cho doanh nghiệp.'],
      ['Chuyen doi so va du lieu mo', 'Du lieu mau: doanh nghiep can nen tang du lieu va phan tich du lieu.'],
    ],
  },
  {
    sectors: ['MANUFACTURING', 'ICT'],
    offer: {
      en: ['Predictive maintenance for industrial pumps', 'Sample data: vibration analysis and machine learning predict pump failures in industrial parks.', ['predictive maintenance', 'vibration analysis', 'machine learning']],
      vi: ['Bảo trì dự đoán cho máy bơm khu công nghiệp', 'Dữ liệu mẫu: phân tích rung động và học máy để bảo trì dự đoán máy bơm trong nhà máy.', ['bảo trì dự đoán', 'học máy', 'nhà máy']],
    },
    demand: [
      ['Avoid unplanned stops of our production line', 'Sample data: a manufacturer needs predictive maintenance and condition monitoring of machines.'],
      ['Cần giải pháp bảo trì dự đoán', 'Dữ liệu mẫu: nhà máy cần giám sát tình trạng thiết bị và chẩn đoán lỗi máy móc.'],
      ['Bao tri du doan cho day chuyen san xuat', 'Du lieu mau: can hoc may de bao tri tien doan trong nha may thong minh.'],
    ],
  },
];

/**
 * The technology exchange on the synthetic technologies: offers of part of the technologies (every
 * licensed one was offered before its licence), demands of companies, expressions of interest, and
 * deals carried by intermediaries through every stage, the agreed ones naming the agreement they
 * produced. Offers and demands get their concepts from the database's trigger, as any other write.
 * Dates are relative to `asOf`; an item whose expiry date has passed by then is EXPIRED.
 */
export async function writeExchange(client: PgClient, seed: number, codePrefix: string, slugPrefix: string, asOf: string): Promise<ExchangeCounts> {
  const like = startsWith(codePrefix);
  const slugs = startsWith(slugPrefix);
  const subjectJson = JSON.stringify(
    exchangeSubjects.map((s, n) => ({
      n,
      subject: subjects[n][0],
      sectors: s.sectors,
      title_en: s.offer.en[0], summary_en: s.offer.en[1], keywords_en: s.offer.en[2],
      title_vi: s.offer.vi[0], summary_vi: s.offer.vi[1], keywords_vi: s.offer.vi[2],
      demand_titles: s.demand.map((d) => d[0]), demand_texts: s.demand.map((d) => d[1]),
    })),
  );
  const subjectTable = (parameter: string) => `jsonb_to_recordset(${parameter}::jsonb) AS s(n int, subject text, sectors text[], title_en text, summary_en text, keywords_en text[],
    title_vi text, summary_vi text, keywords_vi text[], demand_titles text[], demand_texts text[])`;

  const offers = await client.query(
    `WITH tech AS (
       SELECT t.id, t.code, t.current_trl, t.created_at::date AS since, o.organization_id, s.*,
              (SELECT min(a.executed_on) FROM agreement_technology x JOIN agreement a ON a.id = x.agreement_id
                WHERE x.technology_id = t.id AND a.status <> 'NEGOTIATING') AS signed,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.organization_id AND m.status = 'ACTIVE' AND m.role = 'ADMIN' ORDER BY m.id LIMIT 1) AS admin_id,
              ${chance(`t.code || ':offer'`)} AS luck, ${chance(`t.code || ':offer-status'`)} AS fate, ${chance(`t.code || ':offer-language'`)} < 0.5 AS english
         FROM technology t JOIN technology_owner o ON o.technology_id = t.id AND o.share >= 70
         JOIN ${subjectTable('$4')} ON t.title LIKE s.subject || ' (sample %'
        WHERE t.code LIKE $2 AND t.current_trl IS NOT NULL
     ),
     dated AS (
       SELECT c.*,
              CASE WHEN c.signed IS NOT NULL THEN greatest(c.since + 20, c.signed - 150)
                   ELSE least($3::date - 5, greatest(c.since + 30, $3::date - 30 - floor(c.luck * 10000)::int % 500)) END AS published,
              CASE WHEN c.fate * 10 % 1 < 0.5 THEN 365 ELSE 730 END AS term
         FROM tech c WHERE c.signed IS NOT NULL OR c.luck < 0.3
     ),
     shaped AS (
       SELECT d.*, CASE WHEN d.signed IS NULL AND d.fate < 0.12 THEN 'DRAFT' WHEN d.signed IS NULL AND d.fate < 0.22 THEN 'WITHDRAWN'
                        WHEN d.published + d.term < $3::date THEN 'EXPIRED' ELSE 'PUBLISHED' END AS status
         FROM dated d
     )
     INSERT INTO technology_offer (id, organization_id, technology_id, kind, title, summary, details, trl, sectors, keywords, language,
                                   price_amount, price_currency, price_note, status, published_on, expires_on, created_by, version, created_at, updated_at)
     SELECT ${idFor('offer', 's.code')}, s.organization_id, s.id,
            CASE WHEN s.signed IS NOT NULL OR s.fate * 1000 % 1 < 0.65 THEN 'LICENCE' WHEN s.fate * 1000 % 1 < 0.82 THEN 'TRANSFER' ELSE 'COOPERATION' END,
            CASE WHEN s.english THEN s.title_en ELSE s.title_vi END || ' (sample ' || s.code || ')',
            CASE WHEN s.english THEN s.summary_en ELSE s.summary_vi END,
            'Sample data: invented details of ' || s.code || ' for signed-in partners (test results, licensing terms, contacts).',
            s.current_trl, s.sectors, CASE WHEN s.english THEN s.keywords_en ELSE s.keywords_vi END, CASE WHEN s.english THEN 'en' ELSE 'vi' END,
            CASE WHEN s.fate * 100 % 1 < 0.6 THEN (200 + floor(s.fate * 1000)::int % 18 * 100) * 1000000 END,
            CASE WHEN s.fate * 100 % 1 < 0.6 THEN 'VND' END,
            CASE WHEN s.fate * 100 % 1 < 0.6 THEN 'Indicative, negotiable (sample data)' ELSE 'Price on request (sample data)' END,
            s.status, CASE WHEN s.status <> 'DRAFT' THEN s.published END, CASE WHEN s.status <> 'DRAFT' THEN s.published + s.term END,
            coalesce(s.admin_id, (SELECT created_by FROM technology WHERE id = s.id)),
            CASE s.status WHEN 'DRAFT' THEN 1 WHEN 'WITHDRAWN' THEN 3 ELSE 2 END,
            greatest(s.since, s.published - 10)::timestamptz + interval '2 hours',
            (CASE s.status WHEN 'DRAFT' THEN greatest(s.since, s.published - 10) WHEN 'WITHDRAWN' THEN least(s.published + 60, $3::date) ELSE s.published END)::timestamptz + interval '3 hours'
       FROM shaped s`,
    [seed, like, asOf, subjectJson],
  );

  // Companies' needs: about one for every two offers (at least eight), in English, in Vietnamese, or in Vietnamese typed without diacritics.
  const demands = await client.query(
    `WITH company AS (
       SELECT o.id, o.slug, k,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND m.role IN ('ADMIN', 'EDITOR') ORDER BY m.role, m.id LIMIT 1) AS writer_id,
              ${chance(`o.slug || ':demand:' || k`)} AS luck
         FROM organization o CROSS JOIN generate_series(1, 3) AS k
        WHERE o.slug LIKE $4 AND o.helix = 'INDUSTRY' AND NOT EXISTS (SELECT 1 FROM spin_off x WHERE x.organization_id = o.id)
     ),
     ranked AS (
       SELECT c.*, row_number() OVER (ORDER BY c.luck, c.slug, c.k) AS rank FROM company c WHERE c.writer_id IS NOT NULL
     ),
     picked AS (
       SELECT r.*, floor(r.luck * 1000000)::int % 12 AS subject_n, floor(r.luck * 1000)::int % 3 AS variant, ${chance(`r.slug || ':demand-status:' || r.k`)} AS fate,
              $3::date - 10 - floor(r.luck * 100000)::int % 450 AS published
         FROM ranked r
        WHERE r.rank <= greatest(8, (SELECT count(*) FROM technology_offer x JOIN technology t ON t.id = x.technology_id WHERE t.code LIKE $2) / 2)
     ),
     shaped AS (
       SELECT p.*, s.sectors, s.demand_titles[p.variant + 1] AS title, s.demand_texts[p.variant + 1] AS description,
              CASE WHEN p.fate * 10 % 1 < 0.5 THEN 365 ELSE 730 END AS term,
              CASE WHEN p.rank > 3 AND p.fate < 0.1 THEN 'DRAFT' WHEN p.rank > 3 AND p.fate < 0.18 THEN 'WITHDRAWN' END AS set_status
         FROM picked p JOIN ${subjectTable('$5')} ON s.n = p.subject_n
     )
     INSERT INTO technology_demand (id, organization_id, title, description, sectors, keywords, language, min_trl, budget_min, budget_max, budget_currency,
                                    status, published_on, expires_on, created_by, version, created_at, updated_at)
     SELECT ${idFor('demand', `s.slug || ':' || s.k`)}, s.id, s.title || ' (sample ' || s.rank || ')', s.description, s.sectors, '{}',
            CASE WHEN s.variant = 0 THEN 'en' ELSE 'vi' END,
            CASE WHEN s.fate * 100 % 1 < 0.8 THEN 3 + floor(s.fate * 1000)::int % 5 END,
            CASE WHEN s.fate * 1000 % 1 < 0.75 THEN (100 + floor(s.fate * 10000)::int % 5 * 100) * 1000000 END,
            CASE WHEN s.fate * 1000 % 1 < 0.75 THEN (100 + floor(s.fate * 10000)::int % 5 * 100) * (2 + floor(s.fate * 100)::int % 3) * 1000000 END,
            CASE WHEN s.fate * 1000 % 1 < 0.75 THEN 'VND' END,
            coalesce(s.set_status, CASE WHEN s.published + s.term < $3::date THEN 'EXPIRED' ELSE 'PUBLISHED' END),
            CASE WHEN s.set_status IS DISTINCT FROM 'DRAFT' THEN s.published END, CASE WHEN s.set_status IS DISTINCT FROM 'DRAFT' THEN s.published + s.term END,
            s.writer_id, CASE s.set_status WHEN 'DRAFT' THEN 1 WHEN 'WITHDRAWN' THEN 3 ELSE 2 END,
            (s.published - 7)::timestamptz + interval '2 hours',
            (CASE s.set_status WHEN 'DRAFT' THEN s.published - 7 WHEN 'WITHDRAWN' THEN least(s.published + 45, $3::date) ELSE s.published END)::timestamptz + interval '3 hours'
       FROM shaped s`,
    [seed, like, asOf, slugs, subjectJson],
  );

  // Expressions of interest: companies in offers (each licensee in the offer of its technology), and
  // owners of offers that share a concept and a sector with a demand in that demand. The offer each
  // owner would bring is kept for the deals below.
  await client.query(
    `CREATE TEMPORARY TABLE synthetic_interest (id uuid, organization_id uuid, offer_id uuid, demand_id uuid, proposed_offer_id uuid, licensee boolean,
       created date, status text, writer_id uuid, luck numeric) ON COMMIT DROP`,
  );
  await client.query(
    `WITH offer AS (
       SELECT x.id, x.technology_id, x.organization_id, x.published_on, x.status, t.code FROM technology_offer x JOIN technology t ON t.id = x.technology_id
        WHERE t.code LIKE $2 AND x.status IN ('PUBLISHED', 'EXPIRED', 'WITHDRAWN')
     ),
     company AS (
       SELECT o.id, row_number() OVER (ORDER BY o.slug) AS n,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' ORDER BY m.role, m.id LIMIT 1) AS writer_id
         FROM organization o WHERE o.slug LIKE $4 AND o.helix = 'INDUSTRY'
     ),
     drawn AS (
       SELECT f.*, k, ${chance(`f.code || ':interest:' || k`)} AS luck FROM offer f CROSS JOIN generate_series(1, 3) AS k WHERE f.status <> 'WITHDRAWN'
     ),
     random_interest AS (
       SELECT d.id AS offer_id, c.id AS organization_id, c.writer_id, d.published_on + 3 + 7 * d.k AS created, d.luck, false AS licensee
         FROM drawn d JOIN company c ON c.n = 1 + floor(d.luck * 1000000)::int % (SELECT count(*) FROM company)
        WHERE d.luck < CASE d.k WHEN 1 THEN 0.6 WHEN 2 THEN 0.35 ELSE 0.15 END
          AND NOT EXISTS (SELECT 1 FROM technology_owner ow WHERE ow.technology_id = d.technology_id AND ow.organization_id = c.id)
     ),
     licensee_interest AS (
       SELECT f.id AS offer_id, a.licensee_organization_id AS organization_id,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = a.licensee_organization_id AND m.status = 'ACTIVE' ORDER BY m.role, m.id LIMIT 1) AS writer_id,
              a.executed_on - 130 AS created, ${chance(`a.code || ':licensee-interest'`)} AS luck, true AS licensee
         FROM offer f JOIN agreement_technology x ON x.technology_id = f.technology_id JOIN agreement a ON a.id = x.agreement_id AND a.status <> 'NEGOTIATING'
         JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = f.organization_id
     ),
     every AS (
       SELECT DISTINCT ON (i.organization_id, i.offer_id) i.* FROM (SELECT * FROM licensee_interest UNION ALL SELECT * FROM random_interest) i
        WHERE i.writer_id IS NOT NULL ORDER BY i.organization_id, i.offer_id, i.licensee DESC
     )
     INSERT INTO synthetic_interest (id, organization_id, offer_id, proposed_offer_id, licensee, created, status, writer_id, luck)
     SELECT ${idFor('interest', `e.offer_id::text || ':' || e.organization_id::text`)}, e.organization_id, e.offer_id, e.offer_id, e.licensee, least(e.created, $3::date),
            CASE WHEN NOT e.licensee AND e.luck * 10 % 1 < 0.15 THEN 'WITHDRAWN' ELSE 'OPEN' END, e.writer_id, e.luck
       FROM every e`,
    [seed, like, asOf, slugs],
  );
  await client.query(
    `WITH demand AS (
       SELECT d.id, d.organization_id, d.concepts, d.sectors, d.published_on, o.slug, ${chance(`d.id::text || ':demand-interest'`)} AS luck
         FROM technology_demand d JOIN organization o ON o.id = d.organization_id
        WHERE o.slug LIKE $4 AND d.status IN ('PUBLISHED', 'EXPIRED')
     ),
     answer AS (
       SELECT DISTINCT ON (d.id, x.organization_id) d.id AS demand_id, d.published_on, d.luck, x.organization_id, x.id AS offer_id, x.rank
         FROM demand d CROSS JOIN LATERAL (
           SELECT f.id, f.organization_id, row_number() OVER (ORDER BY md5(d.id::text || f.id::text)) AS rank
             FROM technology_offer f JOIN technology t ON t.id = f.technology_id
            WHERE t.code LIKE $2 AND f.status = 'PUBLISHED' AND f.concepts && d.concepts AND f.sectors && d.sectors AND f.organization_id <> d.organization_id
            ORDER BY md5(d.id::text || f.id::text) LIMIT 2) x
        WHERE d.luck < 0.7 AND (x.rank = 1 OR d.luck < 0.3)
        ORDER BY d.id, x.organization_id, x.rank
     )
     INSERT INTO synthetic_interest (id, organization_id, demand_id, proposed_offer_id, licensee, created, status, writer_id, luck)
     SELECT ${idFor('interest', `a.demand_id::text || ':' || a.organization_id::text`)}, a.organization_id, a.demand_id, a.offer_id, false,
            least(a.published_on + 5 + 9 * a.rank::int, $3::date), CASE WHEN a.luck * 10 % 1 < 0.1 THEN 'WITHDRAWN' ELSE 'OPEN' END,
            (SELECT m.user_id FROM membership m WHERE m.organization_id = a.organization_id AND m.status = 'ACTIVE' ORDER BY m.role, m.id LIMIT 1), a.luck
       FROM answer a`,
    [seed, like, asOf, slugs],
  );
  const interests = await client.query(
    `INSERT INTO exchange_interest (id, organization_id, offer_id, demand_id, message, status, created_by, created_at, withdrawn_at)
     SELECT i.id, i.organization_id, i.offer_id, i.demand_id,
            CASE WHEN i.offer_id IS NOT NULL THEN 'Sample data: we would like to learn more about this technology and its licensing terms.'
                 ELSE 'Dữ liệu mẫu: chúng tôi có công nghệ phù hợp với nhu cầu này và mong được trao đổi.' END,
            i.status, i.writer_id, i.created::timestamptz + interval '4 hours',
            CASE WHEN i.status = 'WITHDRAWN' THEN least(i.created + 30, $1::date)::timestamptz + interval '5 hours' END
       FROM synthetic_interest i WHERE i.writer_id IS NOT NULL`,
    [asOf],
  );

  // A broker: the data's intermediaries, or one made for the purpose when there is none.
  const broker = await client.query(
    `WITH needed AS (
       SELECT NOT EXISTS (SELECT 1 FROM organization WHERE slug LIKE $2 AND kind = 'INTERMEDIARY') AS yes
     ),
     admin AS (
       SELECT u.id FROM user_account u JOIN membership m ON m.user_id = u.id JOIN organization o ON o.id = m.organization_id AND o.slug LIKE $2
        GROUP BY u.id HAVING count(*) = 1 ORDER BY md5($1::text || u.id::text) LIMIT 1
     ),
     made AS (
       INSERT INTO organization (id, slug, name, name_en, helix, secondary_helices, kind, country, province, description, verified, created_at, updated_at)
       SELECT ${idFor('broker', "'1'")}, $3 || 'exchange-broker', 'Trung tâm Giao dịch Công nghệ (mẫu)', 'Technology Exchange Centre (sample)', 'CIVIL_SOCIETY', '{}',
              'INTERMEDIARY', 'VN', 'Bình Dương', 'Sample data: an invented technology broker, made because the sample has no intermediary. Not a real organisation.',
              false, TIMESTAMPTZ '2019-01-02 09:00+07', TIMESTAMPTZ '2019-01-02 09:00+07'
         FROM needed WHERE needed.yes AND EXISTS (SELECT 1 FROM admin)
       RETURNING id
     )
     INSERT INTO membership (id, organization_id, user_id, role, status, position, since, created_at, updated_at)
     SELECT ${idFor('broker-membership', "'1'")}, made.id, admin.id, 'ADMIN', 'ACTIVE', 'Broker (sample data)', DATE '2019-01-02',
            TIMESTAMPTZ '2019-01-02 09:00+07', TIMESTAMPTZ '2019-01-02 09:00+07'
       FROM made, admin`,
    [seed, slugs, slugPrefix],
  );

  // Deals: half of the licences with an interest of their licensee went through a broker and are AGREED;
  // a third of the other open interests became deals, at every stage in turn, a fifth of them DROPPED.
  const deals = await client.query(
    `WITH broker AS (
       SELECT o.id, row_number() OVER (ORDER BY o.slug) AS n,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' ORDER BY m.role, m.id LIMIT 1) AS writer_id
         FROM organization o WHERE o.slug LIKE $3 AND o.kind = 'INTERMEDIARY'
     ),
     agreed AS (
       SELECT DISTINCT ON (i.id) i.id AS interest_id, f.id AS offer_id, f.organization_id AS provider_id, i.organization_id AS seeker_id, NULL::uuid AS demand_id,
              a.id AS agreement_id, a.executed_on - 120 AS opened, 4 AS reached, false AS dropped, i.luck
         FROM synthetic_interest i JOIN technology_offer f ON f.id = i.offer_id
         JOIN agreement_technology x ON x.technology_id = f.technology_id
         JOIN agreement a ON a.id = x.agreement_id AND a.status <> 'NEGOTIATING' AND a.licensee_organization_id = i.organization_id
         JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = f.organization_id
        WHERE i.licensee
        ORDER BY i.id, a.executed_on, a.id
     ),
     agreed_some AS (
       SELECT g.* FROM (SELECT g.*, row_number() OVER (ORDER BY g.luck, g.interest_id) AS rank FROM agreed g) g WHERE g.rank = 1 OR g.luck < 0.5
     ),
     open AS (
       SELECT i.id AS interest_id, i.proposed_offer_id AS offer_id, f.organization_id AS provider_id,
              CASE WHEN i.demand_id IS NULL THEN i.organization_id ELSE d.organization_id END AS seeker_id, i.demand_id, NULL::uuid AS agreement_id,
              i.created + 5 AS opened, i.luck
         FROM synthetic_interest i JOIN technology_offer f ON f.id = i.proposed_offer_id LEFT JOIN technology_demand d ON d.id = i.demand_id
        WHERE NOT i.licensee AND i.status = 'OPEN' AND i.writer_id IS NOT NULL AND i.luck * 100 % 1 < CASE WHEN i.demand_id IS NULL THEN 0.33 ELSE 0.5 END
     ),
     staged AS (
       SELECT o.interest_id, o.offer_id, o.provider_id, o.seeker_id, o.demand_id, o.agreement_id, o.opened,
              CASE WHEN o.rank % 5 = 4 THEN floor(o.luck * 4)::int ELSE (o.rank % 5)::int END AS reached, o.rank % 5 = 4 AS dropped, o.luck
         FROM (SELECT o.*, row_number() OVER (ORDER BY o.luck, o.interest_id) - 1 AS rank FROM open o) o
       UNION ALL
       SELECT g.interest_id, g.offer_id, g.provider_id, g.seeker_id, g.demand_id, g.agreement_id, g.opened, g.reached, g.dropped, g.luck FROM agreed_some g
     ),
     dealt AS (
       SELECT s.*, b.id AS broker_id, b.writer_id, ${idFor('deal', 's.interest_id::text')} AS id,
              CASE WHEN s.agreement_id IS NOT NULL THEN 30 ELSE 12 + floor(s.luck * 1000)::int % 20 END AS gap
         FROM staged s JOIN broker b ON b.n = 1 + floor(s.luck * 1000000)::int % (SELECT count(*) FROM broker)
     ),
     step AS (
       SELECT d.id, k, (ARRAY['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING', 'AGREED'])[k + 1] AS to_stage,
              (ARRAY['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING'])[k] AS from_stage,
              least(d.opened + k * d.gap, $2::date)::timestamptz + make_interval(hours => 2 + k) AS at, d.writer_id
         FROM dealt d CROSS JOIN LATERAL generate_series(0, d.reached) AS k
       UNION ALL
       SELECT d.id, d.reached + 1, 'DROPPED', (ARRAY['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING'])[d.reached + 1],
              least(d.opened + (d.reached + 1) * d.gap, $2::date)::timestamptz + make_interval(hours => 3 + d.reached), d.writer_id
         FROM dealt d WHERE d.dropped
     ),
     made AS (
       INSERT INTO deal (id, broker_organization_id, provider_organization_id, seeker_organization_id, offer_id, demand_id, interest_id, stage, agreement_id,
                         created_by, version, created_at, updated_at)
       SELECT d.id, d.broker_id, d.provider_id, d.seeker_id, d.offer_id, d.demand_id, d.interest_id,
              CASE WHEN d.dropped THEN 'DROPPED' ELSE (ARRAY['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING', 'AGREED'])[d.reached + 1] END,
              d.agreement_id, d.writer_id, d.reached + 1 + d.dropped::int,
              (SELECT min(s.at) FROM step s WHERE s.id = d.id), (SELECT max(s.at) FROM step s WHERE s.id = d.id)
         FROM dealt d
       RETURNING id
     ),
     history AS (
       INSERT INTO deal_stage_change (id, deal_id, from_stage, to_stage, changed_at, changed_by, note)
       SELECT ${idFor('deal-stage', `s.id::text || ':' || s.k`)}, s.id, s.from_stage, s.to_stage, s.at, s.writer_id, 'Sample data'
         FROM step s
       RETURNING id
     )
     SELECT (SELECT count(*) FROM made)::int AS deals, (SELECT count(*) FROM history)::int AS moves`,
    [seed, asOf, slugs],
  );
  return {
    offers: offers.rowCount ?? 0,
    demands: demands.rowCount ?? 0,
    interests: interests.rowCount ?? 0,
    deals: Number(deals.rows[0].deals),
    organizations: broker.rowCount ?? 0,
  };
}
