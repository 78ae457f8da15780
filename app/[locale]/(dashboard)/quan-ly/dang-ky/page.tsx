import { ProvinceChooser } from "@/components/dashboard/province-chooser";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.register.title);

export default async function RegisterIndex({ params }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/dang-ky");
  return <ProvinceChooser actor={actor} base="/quan-ly/dang-ky" title={m.register.title} locale={locale} m={m} />;
}
